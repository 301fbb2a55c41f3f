from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Problems.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_problems = resolve('problems')
    l_0_clashes = resolve('clashes')
    l_0_unread_files = resolve('unread_files')
    l_0_unread = resolve('unread')
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_3 = environment.filters['file_link']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'file_link' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['problem_link']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'problem_link' found.")
    try:
        t_6 = environment.filters['spelt_apart']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'spelt_apart' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# Problems\n\n'
    if (undefined(name='problems') if l_0_problems is missing else l_0_problems):
        pass
        yield str(t_4((undefined(name='problems') if l_0_problems is missing else l_0_problems)))
        yield ' problem'
        yield str(('s' if (t_4((undefined(name='problems') if l_0_problems is missing else l_0_problems)) != 1) else cond_expr_undefined("the inline if-expression on line 4 in 'Problems.md.j2' evaluated to false and no else section was defined.")))
        yield ': what `vaultnet check` finds, one a line there.\n'
    else:
        pass
        yield 'No problems: every note was read fully'
        yield str((', and no two people share a name' if (not (undefined(name='clashes') if l_0_clashes is missing else l_0_clashes)) else cond_expr_undefined("the inline if-expression on line 6 in 'Problems.md.j2' evaluated to false and no else section was defined.")))
        yield '.\n'
    yield '\n'
    if (undefined(name='unread_files') if l_0_unread_files is missing else l_0_unread_files):
        pass
        yield '## Files not read ('
        yield str(t_4((undefined(name='unread_files') if l_0_unread_files is missing else l_0_unread_files)))
        yield ')\nThese files were not read at all, so there is no line to open: each says why, and what to do.\n\n| File | Problem |\n| --- | --- |\n'
        for l_1_p in (undefined(name='unread_files') if l_0_unread_files is missing else l_0_unread_files):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_5(l_1_p))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_p, 'message')))
            yield ' |\n'
        l_1_p = missing
        yield '\n'
    yield '## Notes not read fully ('
    yield str(t_4((undefined(name='unread') if l_0_unread is missing else l_0_unread)))
    yield ')\n'
    if (undefined(name='unread') if l_0_unread is missing else l_0_unread):
        pass
        yield 'Each note was still read as far as it could be. Open it at the line given.\n\n| Note | Line | Problem |\n| --- | ---: | --- |\n'
        for l_1_p in (undefined(name='unread') if l_0_unread is missing else l_0_unread):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_5(l_1_p))
            yield ' | '
            yield str((environment.getattr(l_1_p, 'line') or ''))
            yield ' | '
            yield str(t_1(environment.getattr(l_1_p, 'message')))
            yield ' |\n'
        l_1_p = missing
    else:
        pass
        yield 'None.\n'
    yield '\n## Names shared by two people or more ('
    yield str(t_4((undefined(name='clashes') if l_0_clashes is missing else l_0_clashes)))
    yield ')\n'
    if (undefined(name='clashes') if l_0_clashes is missing else l_0_clashes):
        pass
        yield 'A file name beats an alias or a `name`; two equal claims mean nobody. Give the others a name of their own, or link them by path.\n'
        l_1_loop = missing
        for (l_1_name, l_1_files, l_1_reach), l_1_loop in LoopContext((undefined(name='clashes') if l_0_clashes is missing else l_0_clashes), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_2(l_1_name))
            yield ': '
            l_2_loop = missing
            for l_2_file, l_2_loop in LoopContext(l_1_files, undefined):
                _loop_vars = {}
                pass
                yield str(t_3(l_2_file))
                yield str((' (links reach this one)' if (l_2_file == l_1_reach) else cond_expr_undefined("the inline if-expression on line 37 in 'Problems.md.j2' evaluated to false and no else section was defined.")))
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 37 in 'Problems.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_file = missing
            yield str((' (links reach nobody)' if t_7(l_1_reach) else cond_expr_undefined("the inline if-expression on line 37 in 'Problems.md.j2' evaluated to false and no else section was defined.")))
            yield str((str_join((', ', t_6(l_1_files), )) if t_6(l_1_files) else cond_expr_undefined("the inline if-expression on line 37 in 'Problems.md.j2' evaluated to false and no else section was defined.")))
            yield '\n'
        l_1_loop = l_1_name = l_1_files = l_1_reach = missing
    else:
        pass
        yield 'None.\n'

blocks = {}
debug_info = '3=58&4=60&6=67&9=70&10=73&15=75&16=79&20=86&21=88&26=91&27=95&33=106&34=108&36=112&37=116'
# Made by docs/gen_templates.py from vaultnet's template Problems.md.j2: not to be edited.
