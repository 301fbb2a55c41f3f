from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Follow-ups.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_today = resolve('today')
    l_0_open_count = resolve('open_count')
    l_0_follow_ups = resolve('follow_ups')
    l_0_person_block = missing
    try:
        t_1 = environment.filters['by_age']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'by_age' found.")
    try:
        t_2 = environment.filters['follow_up_when']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'follow_up_when' found.")
    try:
        t_3 = environment.filters['grouped']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'grouped' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['lines']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lines' found.")
    try:
        t_6 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_7 = environment.filters['note_link']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'note_link' found.")
    try:
        t_8 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    pass
    def macro(l_1_s, l_1_today, l_1_level):
        t_9 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        t_9.extend((
            str(('#' * l_1_level)),
            ' ',
            str(t_6(l_1_s)),
            '\n',
        ))
        for l_2_f in t_1(l_1_s):
            l_2_when = missing
            _loop_vars = {}
            pass
            l_2_when = t_2(l_2_f, l_1_today)
            _loop_vars['when'] = l_2_when
            t_9.extend((
                '- ',
                str(t_8(environment.getattr(l_2_f, 'text'))),
                ' (',
                str(t_7(environment.getattr(l_2_f, 'file'), ('their note' if (environment.getattr(l_2_f, 'file') == environment.getattr(environment.getattr(l_1_s, 'person'), 'file')) else None))),
                ', line ',
                str(environment.getattr(l_2_f, 'line')),
                ')',
            ))
            if (undefined(name='when') if l_2_when is missing else l_2_when):
                pass
                t_9.extend((
                    ': **',
                    str((undefined(name='when') if l_2_when is missing else l_2_when)),
                    '**',
                ))
            t_9.append(
                '\n',
            )
        l_2_f = l_2_when = missing
        return concat(t_9)
    context.exported_vars.add('person_block')
    context.vars['person_block'] = l_0_person_block = Macro(environment, macro, 'person_block', ('s', 'today', 'level'), False, False, False, context.eval_ctx.autoescape)
    yield '# Follow-ups\n\nAs of **'
    yield str((undefined(name='today') if l_0_today is missing else l_0_today))
    yield "**. Every open follow-up: an unchecked task (`- [ ]`) in a person's note, or naming them in any note. "
    yield str((undefined(name='open_count') if l_0_open_count is missing else l_0_open_count))
    yield ' for '
    yield str(t_4((undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups)))
    yield ' '
    yield str(('person' if (t_4((undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups)) == 1) else 'people'))
    yield ", by person; each person's oldest first (those in dated notes by date, then the rest by note and line). Tick the task in its note to clear it here.\n"
    t_10 = 1
    for (l_1_heading, l_1_group) in t_3((undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups), 'letter'):
        _loop_vars = {}
        pass
        if l_1_heading:
            pass
            yield '\n## '
            yield str(l_1_heading)
            yield ' ('
            yield str(t_4(l_1_group))
            yield ')\n'
        yield '\n'
        yield str(t_5(l_1_group, (undefined(name='person_block') if l_0_person_block is missing else l_0_person_block), (undefined(name='today') if l_0_today is missing else l_0_today), (3 if l_1_heading else 2)))
        yield '\n'
        t_10 = 0
    l_1_heading = l_1_group = missing
    if t_10:
        pass
        yield '\nNo open follow-ups.\n'

blocks = {}
debug_info = '3=63&4=73&5=78&6=82&7=86&13=108&14=117&15=120&17=123&20=128'
# Made by docs/gen_templates.py from vaultnet's template Follow-ups.md.j2: not to be edited.
