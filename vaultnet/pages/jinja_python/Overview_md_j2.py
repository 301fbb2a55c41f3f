from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Overview.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_output = resolve('output')
    l_0_today = resolve('today')
    l_0_summary = resolve('summary')
    l_0_no_people = resolve('no_people')
    l_0_from_words = resolve('from_words')
    l_0_short_active = resolve('short_active')
    l_0_short_reciprocal = resolve('short_reciprocal')
    l_0_short_personal = resolve('short_personal')
    l_0_reach_out = resolve('reach_out')
    l_0_limit = resolve('limit')
    l_0_lapsed = resolve('lapsed')
    l_0_resting = resolve('resting')
    l_0_config = resolve('config')
    l_0_booked = resolve('booked')
    l_0_coming_up = resolve('coming_up')
    l_0_drifting = resolve('drifting')
    l_0_open_count = resolve('open_count')
    l_0_follow_ups = resolve('follow_ups')
    l_0_without_note = resolve('without_note')
    l_0_chart = resolve('chart')
    l_0_chart_shown = resolve('chart_shown')
    l_0_chart_possible = resolve('chart_possible')
    l_0_movement = resolve('movement')
    l_0_movers = resolve('movers')
    l_0_trend_chart = resolve('trend_chart')
    l_0_problems = resolve('problems')
    l_0_m = l_0_l = l_0_due_line = l_0_booked_line = l_0_coming_line = l_0_drifting_line = l_0_recency = l_0_near = missing
    try:
        t_1 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_2 = environment.filters['coming_words']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'coming_words' found.")
    try:
        t_3 = environment.filters['days']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'days' found.")
    try:
        t_4 = environment.filters['inert']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'inert' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['lines']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'lines' found.")
    try:
        t_7 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_8 = environment.filters['met_words']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'met_words' found.")
    try:
        t_9 = environment.filters['person_link']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'person_link' found.")
    try:
        t_10 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    try:
        t_11 = environment.filters['planned_words']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'planned_words' found.")
    try:
        t_12 = environment.filters['rhythm']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'rhythm' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.j2', 'Overview.md.j2')._get_default_module(context)
    context.exported_vars.discard('m')
    l_0_l = context.vars['l'] = environment.get_template('_lists.j2', 'Overview.md.j2')._get_default_module(context)
    context.exported_vars.discard('l')
    def macro(l_1_s, l_1_today):
        t_13 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_13.extend((
            '- ',
            str(t_7(l_1_s)),
            ': ',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'due'), l_1_s, l_1_today)),
            ' (',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
            ')',
            str(environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'few_prompts'), l_1_s, 2)),
        ))
        return concat(t_13)
    context.exported_vars.add('due_line')
    context.vars['due_line'] = l_0_due_line = Macro(environment, macro, 'due_line', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_14 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_14.extend((
            '- ',
            str(t_7(l_1_s)),
            ': booked ',
            str(t_11(l_1_s)),
        ))
        return concat(t_14)
    context.exported_vars.add('booked_line')
    context.vars['booked_line'] = l_0_booked_line = Macro(environment, macro, 'booked_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_today):
        t_15 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_15.extend((
            '- ',
            str(t_7(l_1_s)),
            ': ',
            str(t_2(l_1_s, l_1_today)),
        ))
        return concat(t_15)
    context.exported_vars.add('coming_line')
    context.vars['coming_line'] = l_0_coming_line = Macro(environment, macro, 'coming_line', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_16 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_16.extend((
            '- ',
            str(t_7(l_1_s)),
            ': usually every ',
            str(t_3(t_12(l_1_s))),
            ', now ',
            str(t_3(environment.getattr(l_1_s, 'days_since'))),
            ' (',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
            ')',
            str(environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'few_prompts'), l_1_s, 2)),
        ))
        return concat(t_16)
    context.exported_vars.add('drifting_line')
    context.vars['drifting_line'] = l_0_drifting_line = Macro(environment, macro, 'drifting_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    l_0_recency = str_join(((undefined(name='output') if l_0_output is missing else l_0_output), '/Recency|Recency', ))
    context.vars['recency'] = l_0_recency
    context.exported_vars.add('recency')
    yield '# Network overview\n\nAs of **'
    yield str((undefined(name='today') if l_0_today is missing else l_0_today))
    yield '**: '
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'people'))
    yield ' '
    yield str(('person' if (environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'people') == 1) else 'people'))
    yield ' in the vault.\n\n| what | people |\n| --- | ---: |\n| Active: in touch lately, or within their cadence | '
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'active'))
    yield ' |\n| Reciprocal: both of you start conversations | '
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'reciprocal'))
    yield ' |\n| Personal: you know something about them | '
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'personal'))
    yield ' |\n| **Real connections**: all three | **'
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'real'))
    yield '** |\n'
    if (undefined(name='no_people') if l_0_no_people is missing else l_0_no_people):
        pass
        yield '\n'
        yield str(t_4((undefined(name='no_people') if l_0_no_people is missing else l_0_no_people)))
        yield '\n'
    if (undefined(name='from_words') if l_0_from_words is missing else l_0_from_words):
        pass
        yield '\nWho started a contact is read from the words where no arrow says it: '
        yield str((undefined(name='from_words') if l_0_from_words is missing else l_0_from_words))
        yield ' '
        yield str(("person's reciprocity rests" if ((undefined(name='from_words') if l_0_from_words is missing else l_0_from_words) == 1) else "people's reciprocity rests"))
        yield ' on that (see [['
        yield str((undefined(name='output') if l_0_output is missing else l_0_output))
        yield '/Reciprocity|Reciprocity]]).\n'
    yield '\n'
    l_0_near = ((t_5((undefined(name='short_active') if l_0_short_active is missing else l_0_short_active)) + t_5((undefined(name='short_reciprocal') if l_0_short_reciprocal is missing else l_0_short_reciprocal))) + t_5((undefined(name='short_personal') if l_0_short_personal is missing else l_0_short_personal)))
    context.vars['near'] = l_0_near
    context.exported_vars.add('near')
    if (undefined(name='near') if l_0_near is missing else l_0_near):
        pass
        yield 'Who they are, and the '
        yield str((undefined(name='near') if l_0_near is missing else l_0_near))
        yield ' '
        yield str(('person' if ((undefined(name='near') if l_0_near is missing else l_0_near) == 1) else 'people'))
        yield ' one step from being a real connection: [['
        yield str((undefined(name='output') if l_0_output is missing else l_0_output))
        yield '/Connections|Connections]].\n'
    else:
        pass
        yield 'Who they are: [['
        yield str((undefined(name='output') if l_0_output is missing else l_0_output))
        yield '/Connections|Connections]].\n'
    yield '\n## Reach out ('
    yield str(t_5((undefined(name='reach_out') if l_0_reach_out is missing else l_0_reach_out)))
    yield ')\nOverdue, or due in the next two weeks; the most overdue first.\n'
    yield str((t_6((undefined(name='reach_out') if l_0_reach_out is missing else l_0_reach_out)[:(undefined(name='limit') if l_0_limit is missing else l_0_limit)], (undefined(name='due_line') if l_0_due_line is missing else l_0_due_line), (undefined(name='today') if l_0_today is missing else l_0_today)) or 'Nobody is due in the next two weeks.'))
    yield str(environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'more'), (undefined(name='limit') if l_0_limit is missing else l_0_limit), t_5((undefined(name='reach_out') if l_0_reach_out is missing else l_0_reach_out)), (undefined(name='recency') if l_0_recency is missing else l_0_recency)))
    yield '\n'
    if ((undefined(name='lapsed') if l_0_lapsed is missing else l_0_lapsed) or (undefined(name='resting') if l_0_resting is missing else l_0_resting)):
        pass
        yield '\nAlso '
        yield str(t_5((undefined(name='lapsed') if l_0_lapsed is missing else l_0_lapsed)))
        yield ' lapsed (no contact in '
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'reciprocity_days'))
        yield ' days) and '
        yield str(t_5((undefined(name='resting') if l_0_resting is missing else l_0_resting)))
        yield ' resting: see [['
        yield str((undefined(name='recency') if l_0_recency is missing else l_0_recency))
        yield ']].\n'
    if (undefined(name='booked') if l_0_booked is missing else l_0_booked):
        pass
        yield '\n## Booked ('
        yield str(t_5((undefined(name='booked') if l_0_booked is missing else l_0_booked)))
        yield ')\nA plan within their cadence: a contact already arranged, by you or by them, or a day set for one (`next_contact`).\n'
        yield str(t_6((undefined(name='booked') if l_0_booked is missing else l_0_booked)[:(undefined(name='limit') if l_0_limit is missing else l_0_limit)], (undefined(name='booked_line') if l_0_booked_line is missing else l_0_booked_line)))
        yield str(environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'more'), (undefined(name='limit') if l_0_limit is missing else l_0_limit), t_5((undefined(name='booked') if l_0_booked is missing else l_0_booked)), (undefined(name='recency') if l_0_recency is missing else l_0_recency)))
        yield '\n'
    if (undefined(name='coming_up') if l_0_coming_up is missing else l_0_coming_up):
        pass
        yield '\n## Coming up ('
        yield str(t_5((undefined(name='coming_up') if l_0_coming_up is missing else l_0_coming_up)))
        yield ')\nBirthdays and anniversaries in the next two weeks.\n'
        yield str(t_6((undefined(name='coming_up') if l_0_coming_up is missing else l_0_coming_up)[:(undefined(name='limit') if l_0_limit is missing else l_0_limit)], (undefined(name='coming_line') if l_0_coming_line is missing else l_0_coming_line), (undefined(name='today') if l_0_today is missing else l_0_today)))
        yield str(environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'more'), (undefined(name='limit') if l_0_limit is missing else l_0_limit), t_5((undefined(name='coming_up') if l_0_coming_up is missing else l_0_coming_up)), (undefined(name='recency') if l_0_recency is missing else l_0_recency)))
        yield '\n'
    if (undefined(name='drifting') if l_0_drifting is missing else l_0_drifting):
        pass
        yield '\n## Quieter than their own rhythm ('
        yield str(t_5((undefined(name='drifting') if l_0_drifting is missing else l_0_drifting)))
        yield ')\n'
        yield str(t_6((undefined(name='drifting') if l_0_drifting is missing else l_0_drifting)[:(undefined(name='limit') if l_0_limit is missing else l_0_limit)], (undefined(name='drifting_line') if l_0_drifting_line is missing else l_0_drifting_line)))
        yield str(environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'more'), (undefined(name='limit') if l_0_limit is missing else l_0_limit), t_5((undefined(name='drifting') if l_0_drifting is missing else l_0_drifting)), (undefined(name='recency') if l_0_recency is missing else l_0_recency)))
        yield '\n'
    yield '\n## Open follow-ups ('
    yield str((undefined(name='open_count') if l_0_open_count is missing else l_0_open_count))
    yield ')\n'
    if (undefined(name='open_count') if l_0_open_count is missing else l_0_open_count):
        pass
        yield str((undefined(name='open_count') if l_0_open_count is missing else l_0_open_count))
        yield ' open follow-up'
        yield str(('s' if ((undefined(name='open_count') if l_0_open_count is missing else l_0_open_count) != 1) else cond_expr_undefined("the inline if-expression on line 70 in 'Overview.md.j2' evaluated to false and no else section was defined.")))
        yield ' for '
        yield str(t_5((undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups)))
        yield ' '
        yield str(('person' if (t_5((undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups)) == 1) else 'people'))
        yield ', oldest first: [['
        yield str((undefined(name='output') if l_0_output is missing else l_0_output))
        yield '/Follow-ups|Follow-ups]].\n'
    else:
        pass
        yield "None: an unchecked task (`- [ ]`) in a person's note, or naming them, is a follow-up.\n"
    if (undefined(name='without_note') if l_0_without_note is missing else l_0_without_note):
        pass
        yield '\n## Met, no note yet ('
        yield str(t_5((undefined(name='without_note') if l_0_without_note is missing else l_0_without_note)))
        yield ')\nYour notes say you met, called or heard from them, and no note is theirs: `vaultnet new "Name"` makes one, and what the notes say of them becomes theirs.\n'
        for l_1_u in (undefined(name='without_note') if l_0_without_note is missing else l_0_without_note):
            l_1_named_alike = resolve('named_alike')
            l_1_not_read = resolve('not_read')
            l_1_maybe_yours = resolve('maybe_yours')
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_10(environment.getattr(l_1_u, 'name')))
            yield ': '
            yield str(t_8(l_1_u))
            if (environment.getattr(l_1_u, 'name') in (undefined(name='named_alike') if l_1_named_alike is missing else l_1_named_alike)):
                pass
                yield '; perhaps '
                yield str(t_9(environment.getitem((undefined(name='named_alike') if l_1_named_alike is missing else l_1_named_alike), environment.getattr(l_1_u, 'name'))))
                yield ', whose note could list the alias '
                yield str(t_10(environment.getattr(l_1_u, 'name')))
            if (environment.getattr(l_1_u, 'name') in (undefined(name='not_read') if l_1_not_read is missing else l_1_not_read)):
                pass
                yield '; their note is '
                yield str(t_1(environment.getattr(environment.getitem((undefined(name='not_read') if l_1_not_read is missing else l_1_not_read), environment.getattr(l_1_u, 'name')), 'file')))
                yield ': '
                yield str(t_10(environment.getattr(environment.getitem((undefined(name='not_read') if l_1_not_read is missing else l_1_not_read), environment.getattr(l_1_u, 'name')), 'message')))
            if (environment.getattr(l_1_u, 'name') in (undefined(name='maybe_yours') if l_1_maybe_yours is missing else l_1_maybe_yours)):
                pass
                yield '; at '
                yield str(environment.getitem(environment.getitem((undefined(name='maybe_yours') if l_1_maybe_yours is missing else l_1_maybe_yours), environment.getattr(l_1_u, 'name')), 0))
                yield ' of your '
                yield str(environment.getitem(environment.getitem((undefined(name='maybe_yours') if l_1_maybe_yours is missing else l_1_maybe_yours), environment.getattr(l_1_u, 'name')), 1))
                yield ' meetings: if this is you, set '
                yield str(t_1(environment.getitem(environment.getitem((undefined(name='maybe_yours') if l_1_maybe_yours is missing else l_1_maybe_yours), environment.getattr(l_1_u, 'name')), 2)))
                yield ' in vaultnet.toml'
            yield '\n'
        l_1_u = l_1_named_alike = l_1_not_read = l_1_maybe_yours = missing
    yield '\n## Who starts, and how lately\n'
    if (undefined(name='chart') if l_0_chart is missing else l_0_chart):
        pass
        if ((undefined(name='chart_shown') if l_0_chart_shown is missing else l_0_chart_shown) < (undefined(name='chart_possible') if l_0_chart_possible is missing else l_0_chart_possible)):
            pass
            yield 'The '
            yield str((undefined(name='chart_shown') if l_0_chart_shown is missing else l_0_chart_shown))
            yield ' people you were in touch with most recently, of '
            yield str((undefined(name='chart_possible') if l_0_chart_possible is missing else l_0_chart_possible))
            yield ' with a contact whose direction is known, resting people aside.\n'
        else:
            pass
            yield 'Everyone with a contact whose direction is known, resting people aside ('
            yield str((undefined(name='chart_possible') if l_0_chart_possible is missing else l_0_chart_possible))
            yield ').\n'
        yield 'Right is recent: the middle line is '
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'active_days'))
        yield ' days ago, the left edge '
        yield str((environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'active_days') * 4))
        yield " days or more. Up means they start more of the conversations, down means you do; a conversation you both started counts half for each side. Names that would cover each other are nudged a little up or down. The chart's description, which a screen reader reads, gives each person's days since and counts; [["
        yield str((undefined(name='output') if l_0_output is missing else l_0_output))
        yield '/Reciprocity|Reciprocity]] says in words who starts with each.\n\n```mermaid\n'
        yield str((undefined(name='chart') if l_0_chart is missing else l_0_chart))
        yield '\n```\n'
    else:
        pass
        yield 'No contact in the last '
        yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'reciprocity_days'))
        yield ' days says who started it: mark entries with `->`, `<-` or `<->`, or say it in words ("she called", "I wrote to him"), to see who starts.\n'
    yield '\n## Movement\nSince **'
    yield str(environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'since'))
    yield '** ('
    yield str(environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'days'))
    yield ' days ago):\n\n| what | '
    yield str(environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'since'))
    yield ' | '
    yield str((undefined(name='today') if l_0_today is missing else l_0_today))
    yield ' |\n| --- | ---: | ---: |\n| Active | '
    yield str(environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'then_active'))
    yield ' | '
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'active'))
    yield ' |\n| Reciprocal | '
    yield str(environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'then_reciprocal'))
    yield ' | '
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'reciprocal'))
    yield ' |\n| **Real connections** | **'
    yield str(environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'then_real'))
    yield '** | **'
    yield str(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'real'))
    yield '** |\n\n'
    l_1_loop = missing
    t_17 = 1
    for (l_1_words, l_1_moved), l_1_loop in LoopContext((undefined(name='movers') if l_0_movers is missing else l_0_movers), undefined):
        l_1_movers_shown = resolve('movers_shown')
        _loop_vars = {}
        pass
        yield '- '
        yield str(l_1_words)
        yield ' ('
        yield str(t_5(l_1_moved))
        yield '): '
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(l_1_moved[:(undefined(name='movers_shown') if l_1_movers_shown is missing else l_1_movers_shown)], undefined):
            _loop_vars = {}
            pass
            yield str(t_7(l_2_s))
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 110 in 'Overview.md.j2' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_s = missing
        if (t_5(l_1_moved) > (undefined(name='movers_shown') if l_1_movers_shown is missing else l_1_movers_shown)):
            pass
            yield ' and '
            yield str((t_5(l_1_moved) - (undefined(name='movers_shown') if l_1_movers_shown is missing else l_1_movers_shown)))
            yield ' more'
        yield '\n'
        t_17 = 0
    l_1_loop = l_1_words = l_1_moved = l_1_movers_shown = missing
    if t_17:
        pass
        yield 'Nobody became or stopped being active, two-way or real.\n'
    yield "\nMonth by month, as of each month's last day: active in blue, reciprocal in orange, real connections in green; the table below gives the same numbers.\n\n```mermaid\n"
    yield str((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart))
    yield '\n```\n\n| month | active | reciprocal | real |\n| --- | ---: | ---: | ---: |\n'
    for l_1_m in environment.getattr((undefined(name='movement') if l_0_movement is missing else l_0_movement), 'trend'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.getattr(l_1_m, 'label'))
        yield ' | '
        yield str(environment.getattr(l_1_m, 'active'))
        yield ' | '
        yield str(environment.getattr(l_1_m, 'reciprocal'))
        yield ' | '
        yield str(environment.getattr(l_1_m, 'real'))
        yield ' |\n'
    l_1_m = missing
    yield '\n## More\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Recency|Recency]]: who is overdue, due soon, booked, drifting, fading, lapsed, resting, or never contacted\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Connections|Connections]]: who is a real connection, and what would make someone one\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Follow-ups|Follow-ups]]: every open follow-up, by person\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Reciprocity|Reciprocity]]: who starts the conversations\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Introductions|Introductions]]: people who might enjoy meeting, and introductions you made\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Network.canvas|Network]]: a map of who is linked to whom\n- [['
    yield str((undefined(name='output') if l_0_output is missing else l_0_output))
    yield '/Problems|Problems]]: notes not read fully, and names two people share ('
    yield str(t_5((undefined(name='problems') if l_0_problems is missing else l_0_problems)))
    yield ')\n'

blocks = {}
debug_info = '1=110&2=112&4=114&5=123&7=134&8=141&10=148&11=157&13=164&14=171&16=184&19=188&23=194&24=196&25=198&26=200&27=202&29=205&31=207&33=210&36=217&37=220&38=223&40=232&43=235&45=237&46=240&48=243&50=251&52=254&54=256&56=259&58=262&60=264&62=267&64=270&65=272&68=276&69=278&70=280&74=293&76=296&78=298&79=305&85=332&86=334&87=337&89=344&91=347&94=353&97=358&101=361&103=365&105=369&106=373&107=377&109=383&110=388&119=411&124=413&125=417&129=427&130=429&131=431&132=433&133=435&134=437&135=439'
# Made by docs/gen_templates.py from vaultnet's template Overview.md.j2: not to be edited.
