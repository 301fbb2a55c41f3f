from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_last = l_0_due = l_0_prompts = missing
    try:
        t_1 = environment.filters['due_words']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'due_words' found.")
    try:
        t_2 = environment.filters['follow_ups']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'follow_ups' found.")
    try:
        t_3 = environment.filters['last_words']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'last_words' found.")
    try:
        t_4 = environment.filters['note_link']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'note_link' found.")
    try:
        t_5 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    try:
        t_6 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    def macro(l_1_s):
        t_7 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_7.append(
            str(t_3(l_1_s)),
        )
        return concat(t_7)
    context.exported_vars.add('last')
    context.vars['last'] = l_0_last = Macro(environment, macro, 'last', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_today):
        t_8 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_8.append(
            str(t_1(l_1_s, l_1_today)),
        )
        return concat(t_8)
    context.exported_vars.add('due')
    context.vars['due'] = l_0_due = Macro(environment, macro, 'due', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_indent):
        t_9 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_indent is missing:
            l_1_indent = '  '
        pass
        for l_2_f in t_2(l_1_s):
            _loop_vars = {}
            pass
            t_9.extend((
                str(str_join(('\n', l_1_indent, ))),
                '- open: ',
                str(t_6(environment, t_5(environment.getattr(l_2_f, 'text')), 160)),
            ))
            if (environment.getattr(l_2_f, 'file') != environment.getattr(environment.getattr(l_1_s, 'person'), 'file')):
                pass
                t_9.extend((
                    ' (in ',
                    str(t_4(environment.getattr(l_2_f, 'file'))),
                    ')',
                ))
        l_2_f = missing
        return concat(t_9)
    context.exported_vars.add('prompts')
    context.vars['prompts'] = l_0_prompts = Macro(environment, macro, 'prompts', ('s', 'indent'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=48&3=54&5=59&6=67&8=72&9=79'
# Made by docs/gen_templates.py from vaultnet's template _macros.j2: not to be edited.
