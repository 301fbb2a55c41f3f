from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Connections.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_today = resolve('today')
    l_0_config = resolve('config')
    l_0_real = resolve('real')
    l_0_short_active = resolve('short_active')
    l_0_short_reciprocal = resolve('short_reciprocal')
    l_0_short_personal = resolve('short_personal')
    l_0_l = l_0_name_line = l_0_short_line = missing
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
        t_3 = environment.filters['missing']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'missing' found.")
    pass
    l_0_l = context.vars['l'] = environment.get_template('_lists.j2', 'Connections.md.j2')._get_default_module(context)
    context.exported_vars.discard('l')
    def macro(l_1_s):
        t_4 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_4.extend((
            '- ',
            str(t_2(l_1_s)),
        ))
        return concat(t_4)
    context.exported_vars.add('name_line')
    context.vars['name_line'] = l_0_name_line = Macro(environment, macro, 'name_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_config):
        t_5 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_config is missing:
            l_1_config = undefined("parameter 'config' was not provided", name='config')
        pass
        t_5.extend((
            '- ',
            str(t_2(l_1_s)),
            ': ',
            str(t_3(l_1_s, l_1_config)),
        ))
        return concat(t_5)
    context.exported_vars.add('short_line')
    context.vars['short_line'] = l_0_short_line = Macro(environment, macro, 'short_line', ('s', 'config'), False, False, False, context.eval_ctx.autoescape)
    yield '# Connections\n\nAs of **'
    yield str((undefined(name='today') if l_0_today is missing else l_0_today))
    yield '**. A real connection is **active** (in touch within their cadence, or within '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'active_days'))
    yield ' days), **reciprocal** (both of you start conversations, over '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'reciprocity_days'))
    yield ' days) and **personal** (you know something about them beyond the card). These are prompts to cultivate, not a verdict on anyone.\n\n## Real connections ('
    yield str(t_1((undefined(name='real') if l_0_real is missing else l_0_real)))
    yield ')\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='real') if l_0_real is missing else l_0_real), 'letter', (undefined(name='name_line') if l_0_name_line is missing else l_0_name_line)) if (undefined(name='real') if l_0_real is missing else l_0_real) else 'Nobody yet: the lists below say who is one step away.'))
    yield '\n\n## One step away\nPeople who pass two of the three tests, and what would change the third. Resting people are left out.\n\n### Not active lately ('
    yield str(t_1((undefined(name='short_active') if l_0_short_active is missing else l_0_short_active)))
    yield ')\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='short_active') if l_0_short_active is missing else l_0_short_active), 'letter', (undefined(name='short_line') if l_0_short_line is missing else l_0_short_line), args=((undefined(name='config') if l_0_config is missing else l_0_config),), level=4) if (undefined(name='short_active') if l_0_short_active is missing else l_0_short_active) else 'Nobody.'))
    yield '\n\n### Not two-way yet ('
    yield str(t_1((undefined(name='short_reciprocal') if l_0_short_reciprocal is missing else l_0_short_reciprocal)))
    yield ')\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='short_reciprocal') if l_0_short_reciprocal is missing else l_0_short_reciprocal), 'letter', (undefined(name='short_line') if l_0_short_line is missing else l_0_short_line), args=((undefined(name='config') if l_0_config is missing else l_0_config),), level=4) if (undefined(name='short_reciprocal') if l_0_short_reciprocal is missing else l_0_short_reciprocal) else 'Nobody.'))
    yield '\n\n### Nothing personal yet ('
    yield str(t_1((undefined(name='short_personal') if l_0_short_personal is missing else l_0_short_personal)))
    yield ')\nAdd a fact: a list under `## About`, or `facts:` in the front matter.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='short_personal') if l_0_short_personal is missing else l_0_short_personal), 'letter', (undefined(name='short_line') if l_0_short_line is missing else l_0_short_line), args=((undefined(name='config') if l_0_config is missing else l_0_config),), level=4) if (undefined(name='short_personal') if l_0_short_personal is missing else l_0_short_personal) else 'Nobody.'))
    yield '\n'

blocks = {}
debug_info = '1=36&3=38&4=45&6=50&7=59&11=67&13=73&14=75&19=77&20=79&22=81&23=83&25=85&27=87'
# Made by docs/gen_templates.py from vaultnet's template Connections.md.j2: not to be edited.
