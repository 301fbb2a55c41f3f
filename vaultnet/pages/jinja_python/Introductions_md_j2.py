from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Introductions.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_today = resolve('today')
    l_0_ideas = resolve('ideas')
    l_0_config = resolve('config')
    l_0_made = resolve('made')
    l_0_unclear_intros = resolve('unclear_intros')
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
    pass
    yield '# Introductions\n\nAs of **'
    yield str((undefined(name='today') if l_0_today is missing else l_0_today))
    yield '**. Introduce people who would enjoy each other, for no reason other than that.\n\n## Ideas ('
    yield str(t_1((undefined(name='ideas') if l_0_ideas is missing else l_0_ideas)))
    yield ')\n'
    if (not environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'introductions')):
        pass
        yield 'Off: `introductions = 0` in `vaultnet.toml`.\n'
    else:
        pass
        yield 'People who share an interest or a tag (a city counts beside them, never alone), whom no note links yet, and who are not at one organisation (they work together). People you know personally (with facts in their note) come first; each person appears at most twice, and there are at most '
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'introductions'))
        yield ' ideas (`introductions` in `vaultnet.toml`).\n'
        t_5 = 1
        for l_1_i in (undefined(name='ideas') if l_0_ideas is missing else l_0_ideas):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_2(environment.getattr(l_1_i, 'first')))
            yield ' and '
            yield str(t_2(environment.getattr(l_1_i, 'second')))
            yield ': '
            yield str(t_4(environment.getattr(l_1_i, 'reason')))
            yield '\n'
            t_5 = 0
        l_1_i = missing
        if t_5:
            l_1_idea_limit = resolve('idea_limit')
            pass
            yield 'No ideas: no two people whom no note links, nor at one organisation (`org`) or of one team (`team`), share an interest (`interests`) or a tag that at most '
            yield str((undefined(name='idea_limit') if l_1_idea_limit is missing else l_1_idea_limit))
            yield ' people share: one that more share (a tag on half the vault) is no reason.\n'
            l_1_idea_limit = missing
    yield '\n## Made ('
    yield str(t_1((undefined(name='made') if l_0_made is missing else l_0_made)))
    yield ")\nEntries that say you introduced two people (`introduced [[Ana]] to [[Bruno]]`, `intro: [[Ana]] <> [[Bruno]]`) or are tagged `#intro`, naming the two (in a person's own log, the person and the one named), latest first, and whether a later note or entry names both.\n"
    t_6 = 1
    for l_1_i in (undefined(name='made') if l_0_made is missing else l_0_made):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.getattr(l_1_i, 'date'))
        yield ': '
        yield str(t_2(environment.getattr(l_1_i, 'first')))
        yield ' and '
        yield str(t_2(environment.getattr(l_1_i, 'second')))
        yield ' ('
        yield str(t_3(environment.getattr(l_1_i, 'file')))
        yield '): '
        if environment.getattr(l_1_i, 'since'):
            pass
            yield 'together since, on '
            yield str(environment.getattr(environment.getattr(l_1_i, 'since'), 'date'))
            yield ' in '
            yield str(t_3(environment.getattr(environment.getattr(l_1_i, 'since'), 'file')))
        else:
            pass
            yield 'no later note names both yet'
        yield '\n'
        t_6 = 0
    l_1_i = missing
    if t_6:
        pass
        yield 'No introduction told yet: write one like `- 2026-11-02 introduced [[Ana]] to [[Bruno]]`, or tag an entry `#intro`.\n'
    if (undefined(name='unclear_intros') if l_0_unclear_intros is missing else l_0_unclear_intros):
        pass
        yield '\n## Not read as an introduction ('
        yield str(t_1((undefined(name='unclear_intros') if l_0_unclear_intros is missing else l_0_unclear_intros)))
        yield ')\nTold as an introduction, but not naming exactly two people in the vault.\n'
        for l_1_u in (undefined(name='unclear_intros') if l_0_unclear_intros is missing else l_0_unclear_intros):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_3(environment.getattr(l_1_u, 'file')))
            yield ', line '
            yield str(environment.getattr(l_1_u, 'line'))
            yield ': names '
            yield str(environment.getattr(l_1_u, 'named'))
            yield ' '
            yield str(('person' if (environment.getattr(l_1_u, 'named') == 1) else 'people'))
            yield '\n'
        l_1_u = missing

blocks = {}
debug_info = '3=41&5=43&6=45&9=51&10=54&11=58&13=70&17=74&19=77&20=81&25=104&27=107&29=109&30=113'
# Made by docs/gen_templates.py from vaultnet's template Introductions.md.j2: not to be edited.
