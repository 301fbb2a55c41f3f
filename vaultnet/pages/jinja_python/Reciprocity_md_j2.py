from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Reciprocity.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_config = resolve('config')
    l_0_from_words = resolve('from_words')
    l_0_two_way = resolve('two_way')
    l_0_one_way_me = resolve('one_way_me')
    l_0_one_way_them = resolve('one_way_them')
    l_0_no_direction = resolve('no_direction')
    l_0_name_line = l_0_unknown_line = l_0_l = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_3 = environment.filters['words_note']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'words_note' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_s):
        t_5 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_5.extend((
            '- ',
            str(t_2(l_1_s)),
            str(t_3(l_1_s)),
        ))
        return concat(t_5)
    context.exported_vars.add('name_line')
    context.vars['name_line'] = l_0_name_line = Macro(environment, macro, 'name_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_6 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_6.extend((
            str(environment.call(context, (undefined(name='name_line') if l_0_name_line is missing else l_0_name_line), l_1_s)),
            str((' (never contacted)' if t_4(environment.getattr(l_1_s, 'last_contact')) else ('' if environment.getattr(l_1_s, 'unknown') else (' (no contact in the window)' if environment.getattr(l_1_s, 'lapsed') else ' (a last-contact date, no entry)')))),
        ))
        return concat(t_6)
    context.exported_vars.add('unknown_line')
    context.vars['unknown_line'] = l_0_unknown_line = Macro(environment, macro, 'unknown_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    l_0_l = context.vars['l'] = environment.get_template('_lists.j2', 'Reciprocity.md.j2')._get_default_module(context)
    context.exported_vars.discard('l')
    yield '# Reciprocity\n\nWho starts the conversations, over the last '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'reciprocity_days'))
    yield " days. Broadcasts (newsletters, posts, mass mail) never count. Someone resting (dormant, snoozed, deceased) is on none of these lists, though the Overview's counts still hold them.\n"
    if (undefined(name='from_words') if l_0_from_words is missing else l_0_from_words):
        pass
        yield '\nWhere no arrow says who started a contact, vaultnet reads the words ("Sal called", "coffee with Emily"). '
        yield str((undefined(name='from_words') if l_0_from_words is missing else l_0_from_words))
        yield ' '
        yield str(("person's place rests" if ((undefined(name='from_words') if l_0_from_words is missing else l_0_from_words) == 1) else "people's places rest"))
        yield ' on such guesses, marked (from the words) below: check '
        yield str(('it' if ((undefined(name='from_words') if l_0_from_words is missing else l_0_from_words) == 1) else 'them'))
        yield ', or mark an entry with an arrow (`->`, `<-` or `<->`).\n'
    yield '\n## Two-way ('
    yield str(t_1((undefined(name='two_way') if l_0_two_way is missing else l_0_two_way)))
    yield ')\nBoth of you reach out, or you really talk.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='two_way') if l_0_two_way is missing else l_0_two_way), 'letter', (undefined(name='name_line') if l_0_name_line is missing else l_0_name_line)) if (undefined(name='two_way') if l_0_two_way is missing else l_0_two_way) else 'Nobody yet.'))
    yield '\n\n## You carry it ('
    yield str(t_1((undefined(name='one_way_me') if l_0_one_way_me is missing else l_0_one_way_me)))
    yield ')\nOnly you have reached out lately: maybe wait for them, or ask them something.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='one_way_me') if l_0_one_way_me is missing else l_0_one_way_me), 'letter', (undefined(name='name_line') if l_0_name_line is missing else l_0_name_line)) if (undefined(name='one_way_me') if l_0_one_way_me is missing else l_0_one_way_me) else 'Nobody.'))
    yield '\n\n## They carry it ('
    yield str(t_1((undefined(name='one_way_them') if l_0_one_way_them is missing else l_0_one_way_them)))
    yield ')\nOnly they have reached out lately: your turn to start a conversation.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='one_way_them') if l_0_one_way_them is missing else l_0_one_way_them), 'letter', (undefined(name='name_line') if l_0_name_line is missing else l_0_name_line)) if (undefined(name='one_way_them') if l_0_one_way_them is missing else l_0_one_way_them) else 'Nobody.'))
    yield '\n\n## Not known ('
    yield str(t_1((undefined(name='no_direction') if l_0_no_direction is missing else l_0_no_direction)))
    yield ')\nNo contact in the window says who started: mark entries with `->`, `<-` or `<->`. Those with no contact in it at all, or only a last-contact date in their note, are marked so.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='no_direction') if l_0_no_direction is missing else l_0_no_direction), 'letter', (undefined(name='unknown_line') if l_0_unknown_line is missing else l_0_unknown_line)) if (undefined(name='no_direction') if l_0_no_direction is missing else l_0_no_direction) else 'Nobody.'))
    yield '\n'

blocks = {}
debug_info = '2=42&3=49&6=55&7=61&9=67&12=70&13=72&15=75&18=82&20=84&22=86&24=88&26=90&28=92&30=94&32=96'
# Made by docs/gen_templates.py from vaultnet's template Reciprocity.md.j2: not to be edited.
