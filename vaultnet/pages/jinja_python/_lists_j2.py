from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_lists.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_few_prompts = l_0_more = l_0_grouped_lines = missing
    try:
        t_1 = environment.filters['follow_ups']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'follow_ups' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['note_link']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'note_link' found.")
    try:
        t_4 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    try:
        t_5 = environment.filters['section']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'section' found.")
    try:
        t_6 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    def macro(l_1_s, l_1_most):
        t_7 = []
        l_1_found = missing
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_most is missing:
            l_1_most = undefined("parameter 'most' was not provided", name='most')
        pass
        l_1_found = t_1(l_1_s)
        for l_2_f in (undefined(name='found') if l_1_found is missing else l_1_found)[:l_1_most]:
            _loop_vars = {}
            pass
            t_7.extend((
                '\n  - open: ',
                str(t_6(environment, t_4(environment.getattr(l_2_f, 'text')), 160)),
            ))
            if (environment.getattr(l_2_f, 'file') != environment.getattr(environment.getattr(l_1_s, 'person'), 'file')):
                pass
                t_7.extend((
                    ' (in ',
                    str(t_3(environment.getattr(l_2_f, 'file'))),
                    ')',
                ))
        l_2_f = missing
        if (t_2((undefined(name='found') if l_1_found is missing else l_1_found)) > l_1_most):
            pass
            t_7.extend((
                '\n  - and ',
                str((t_2((undefined(name='found') if l_1_found is missing else l_1_found)) - l_1_most)),
                ' more open',
            ))
        return concat(t_7)
    context.exported_vars.add('few_prompts')
    context.vars['few_prompts'] = l_0_few_prompts = Macro(environment, macro, 'few_prompts', ('s', 'most'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_shown, l_1_total, l_1_page):
        t_8 = []
        if l_1_shown is missing:
            l_1_shown = undefined("parameter 'shown' was not provided", name='shown')
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        if l_1_page is missing:
            l_1_page = undefined("parameter 'page' was not provided", name='page')
        pass
        if (l_1_total > l_1_shown):
            pass
            t_8.extend((
                '\n- … and ',
                str((l_1_total - l_1_shown)),
                ' more in [[',
                str(l_1_page),
                ']]',
            ))
        return concat(t_8)
    context.exported_vars.add('more')
    context.vars['more'] = l_0_more = Macro(environment, macro, 'more', ('shown', 'total', 'page'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_people, l_1_by, l_1_line, l_1_label, l_1_args, l_1_level):
        t_9 = []
        if l_1_people is missing:
            l_1_people = undefined("parameter 'people' was not provided", name='people')
        if l_1_by is missing:
            l_1_by = undefined("parameter 'by' was not provided", name='by')
        if l_1_line is missing:
            l_1_line = undefined("parameter 'line' was not provided", name='line')
        if l_1_label is missing:
            l_1_label = ''
        if l_1_args is missing:
            l_1_args = ()
        if l_1_level is missing:
            l_1_level = 3
        pass
        t_9.append(
            str(t_5(l_1_people, l_1_by, l_1_line, l_1_label, l_1_args, l_1_level)),
        )
        return concat(t_9)
    context.exported_vars.add('grouped_lines')
    context.vars['grouped_lines'] = l_0_grouped_lines = Macro(environment, macro, 'grouped_lines', ('people', 'by', 'line', 'label', 'args', 'level'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=48&3=56&6=82&7=91&11=103&12=119'
# Made by docs/gen_templates.py from vaultnet's template _lists.j2: not to be edited.
