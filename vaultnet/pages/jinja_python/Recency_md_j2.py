from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Recency.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_today = resolve('today')
    l_0_coming_up = resolve('coming_up')
    l_0_overdue = resolve('overdue')
    l_0_lapsed = resolve('lapsed')
    l_0_due_soon = resolve('due_soon')
    l_0_booked = resolve('booked')
    l_0_config = resolve('config')
    l_0_drifting = resolve('drifting')
    l_0_fading = resolve('fading')
    l_0_never = resolve('never')
    l_0_resting = resolve('resting')
    l_0_m = l_0_l = l_0_overdue_line = l_0_due_line = l_0_booked_line = l_0_coming_line = l_0_drifting_line = l_0_fading_line = l_0_lapsed_line = l_0_resting_line = l_0_name_line = missing
    try:
        t_1 = environment.filters['coming_words']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'coming_words' found.")
    try:
        t_2 = environment.filters['days']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'days' found.")
    try:
        t_3 = environment.filters['due_on_day_set']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'due_on_day_set' found.")
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
        t_7 = environment.filters['planned_words']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'planned_words' found.")
    try:
        t_8 = environment.filters['resting_words']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'resting_words' found.")
    try:
        t_9 = environment.filters['rhythm']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'rhythm' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.j2', 'Recency.md.j2')._get_default_module(context)
    context.exported_vars.discard('m')
    l_0_l = context.vars['l'] = environment.get_template('_lists.j2', 'Recency.md.j2')._get_default_module(context)
    context.exported_vars.discard('l')
    def macro(l_1_s, l_1_today):
        t_10 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_10.extend((
            '- ',
            str(t_6(l_1_s)),
            ': ',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'due'), l_1_s, l_1_today)),
        ))
        if (not t_3(l_1_s)):
            pass
            t_10.extend((
                ', every ',
                str(t_2(environment.getattr(l_1_s, 'cadence_days'))),
            ))
        t_10.extend((
            ' (',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
            ')',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'prompts'), l_1_s)),
        ))
        return concat(t_10)
    context.exported_vars.add('overdue_line')
    context.vars['overdue_line'] = l_0_overdue_line = Macro(environment, macro, 'overdue_line', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_today):
        t_11 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_11.extend((
            '- ',
            str(t_6(l_1_s)),
            ': ',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'due'), l_1_s, l_1_today)),
            ' (',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
            ')',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'prompts'), l_1_s)),
        ))
        return concat(t_11)
    context.exported_vars.add('due_line')
    context.vars['due_line'] = l_0_due_line = Macro(environment, macro, 'due_line', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_12 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_12.extend((
            '- ',
            str(t_6(l_1_s)),
            ': booked ',
            str(t_7(l_1_s)),
        ))
        return concat(t_12)
    context.exported_vars.add('booked_line')
    context.vars['booked_line'] = l_0_booked_line = Macro(environment, macro, 'booked_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_today):
        t_13 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_13.extend((
            '- ',
            str(t_6(l_1_s)),
            ': ',
            str(t_1(l_1_s, l_1_today)),
        ))
        return concat(t_13)
    context.exported_vars.add('coming_line')
    context.vars['coming_line'] = l_0_coming_line = Macro(environment, macro, 'coming_line', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_14 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_14.extend((
            '- ',
            str(t_6(l_1_s)),
            ': usually every ',
            str(t_2(t_9(l_1_s))),
            ', now ',
            str(t_2(environment.getattr(l_1_s, 'days_since'))),
            ' (',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
            ')',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'prompts'), l_1_s)),
        ))
        return concat(t_14)
    context.exported_vars.add('drifting_line')
    context.vars['drifting_line'] = l_0_drifting_line = Macro(environment, macro, 'drifting_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_15 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_15.extend((
            '- ',
            str(t_6(l_1_s)),
            ': ',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
        ))
        return concat(t_15)
    context.exported_vars.add('fading_line')
    context.vars['fading_line'] = l_0_fading_line = Macro(environment, macro, 'fading_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_16 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_16.extend((
            '- ',
            str(t_6(l_1_s)),
            ': ',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
        ))
        return concat(t_16)
    context.exported_vars.add('lapsed_line')
    context.vars['lapsed_line'] = l_0_lapsed_line = Macro(environment, macro, 'lapsed_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_today):
        t_17 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_today is missing:
            l_1_today = undefined("parameter 'today' was not provided", name='today')
        pass
        t_17.extend((
            '- ',
            str(t_6(l_1_s)),
            ': ',
            str(t_8(l_1_s, l_1_today)),
            ' (',
            str(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'last'), l_1_s)),
            ')',
        ))
        return concat(t_17)
    context.exported_vars.add('resting_line')
    context.vars['resting_line'] = l_0_resting_line = Macro(environment, macro, 'resting_line', ('s', 'today'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_18 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_18.extend((
            '- ',
            str(t_6(l_1_s)),
        ))
        return concat(t_18)
    context.exported_vars.add('name_line')
    context.vars['name_line'] = l_0_name_line = Macro(environment, macro, 'name_line', ('s',), False, False, False, context.eval_ctx.autoescape)
    yield '# Recency\n\nAs of **'
    yield str((undefined(name='today') if l_0_today is missing else l_0_today))
    yield "**. A cadence comes from a person's `cadence`, or from the defaults for their tags in `vaultnet.toml`. Each person is in one list at most; where several fit, the first of these wins: resting, booked, lapsed, overdue, due soon, drifting, fading, never contacted.\n\n## Coming up ("
    yield str(t_4((undefined(name='coming_up') if l_0_coming_up is missing else l_0_coming_up)))
    yield ')\nBirthdays and anniversaries (`birthday`, `anniversary`, `wedding`) in the next two weeks, with the age or the years when the year is known.\n'
    yield str((t_5((undefined(name='coming_up') if l_0_coming_up is missing else l_0_coming_up), (undefined(name='coming_line') if l_0_coming_line is missing else l_0_coming_line), (undefined(name='today') if l_0_today is missing else l_0_today)) or 'Nothing in the next two weeks.'))
    yield '\n\n## Overdue ('
    yield str(t_4((undefined(name='overdue') if l_0_overdue is missing else l_0_overdue)))
    yield ')\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='overdue') if l_0_overdue is missing else l_0_overdue), 'due', (undefined(name='overdue_line') if l_0_overdue_line is missing else l_0_overdue_line), 'Due in ', ((undefined(name='today') if l_0_today is missing else l_0_today),)) if (undefined(name='overdue') if l_0_overdue is missing else l_0_overdue) else ('Nobody is overdue but the lapsed, listed under Lapsed.' if (undefined(name='lapsed') if l_0_lapsed is missing else l_0_lapsed) else 'Nobody is overdue.')))
    yield '\n\n## Due soon ('
    yield str(t_4((undefined(name='due_soon') if l_0_due_soon is missing else l_0_due_soon)))
    yield ')\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='due_soon') if l_0_due_soon is missing else l_0_due_soon), 'due', (undefined(name='due_line') if l_0_due_line is missing else l_0_due_line), 'Due in ', ((undefined(name='today') if l_0_today is missing else l_0_today),)) if (undefined(name='due_soon') if l_0_due_soon is missing else l_0_due_soon) else 'Nobody is due in the next two weeks.'))
    yield '\n\n## Booked ('
    yield str(t_4((undefined(name='booked') if l_0_booked is missing else l_0_booked)))
    yield ')\nA plan (an entry or a dated note after today) within their cadence, or within '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'active_days'))
    yield ' days when they have none: a contact already arranged, by you or by them, or a day set for one (`next_contact`).\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='booked') if l_0_booked is missing else l_0_booked), 'planned', (undefined(name='booked_line') if l_0_booked_line is missing else l_0_booked_line), 'Planned in ') if (undefined(name='booked') if l_0_booked is missing else l_0_booked) else 'Nothing booked.'))
    yield '\n\n## Drifting ('
    yield str(t_4((undefined(name='drifting') if l_0_drifting is missing else l_0_drifting)))
    yield ')\nNo cadence, but a rhythm of their own: the usual (median) gap between your contacts, once there are at least three. Drifting means more than twice that gap since the last one.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='drifting') if l_0_drifting is missing else l_0_drifting), 'last', (undefined(name='drifting_line') if l_0_drifting_line is missing else l_0_drifting_line), 'Last contact in ') if (undefined(name='drifting') if l_0_drifting is missing else l_0_drifting) else 'Nobody is drifting from their rhythm.'))
    yield '\n\n## Fading ('
    yield str(t_4((undefined(name='fading') if l_0_fading is missing else l_0_fading)))
    yield ')\nNo cadence, and no contact in the last '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'active_days'))
    yield ' days.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='fading') if l_0_fading is missing else l_0_fading), 'last', (undefined(name='fading_line') if l_0_fading_line is missing else l_0_fading_line), 'Last contact in ') if (undefined(name='fading') if l_0_fading is missing else l_0_fading) else 'Nobody is fading.'))
    yield '\n\n## Lapsed ('
    yield str(t_4((undefined(name='lapsed') if l_0_lapsed is missing else l_0_lapsed)))
    yield ')\nNo contact in the last '
    yield str(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'reciprocity_days'))
    yield ' days, nor in twice their cadence when they have one: past catching up by rhythm; start again, or let them rest (`status: dormant`). The latest first.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='lapsed') if l_0_lapsed is missing else l_0_lapsed), 'last', (undefined(name='lapsed_line') if l_0_lapsed_line is missing else l_0_lapsed_line), 'Last contact in ') if (undefined(name='lapsed') if l_0_lapsed is missing else l_0_lapsed) else 'Nobody has lapsed.'))
    yield '\n\n## Never contacted ('
    yield str(t_4((undefined(name='never') if l_0_never is missing else l_0_never)))
    yield ')\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='never') if l_0_never is missing else l_0_never), 'letter', (undefined(name='name_line') if l_0_name_line is missing else l_0_name_line)) if (undefined(name='never') if l_0_never is missing else l_0_never) else 'Everyone has a contact on record.'))
    yield '\n\n## Resting ('
    yield str(t_4((undefined(name='resting') if l_0_resting is missing else l_0_resting)))
    yield ')\nOff every list above: `status: dormant`, `paused`, `archived`, `inactive`, `on hold` or `deceased` (or `state:`), or `snooze: YYYY-MM-DD` (also `snooze_until`, `paused_until`) while that day is ahead.\n'
    yield str((environment.call(context, environment.getattr((undefined(name='l') if l_0_l is missing else l_0_l), 'grouped_lines'), (undefined(name='resting') if l_0_resting is missing else l_0_resting), 'letter', (undefined(name='resting_line') if l_0_resting_line is missing else l_0_resting_line), args=((undefined(name='today') if l_0_today is missing else l_0_today),)) if (undefined(name='resting') if l_0_resting is missing else l_0_resting) else 'Nobody is resting.'))
    yield '\n'

blocks = {}
debug_info = '1=77&2=79&4=81&5=90&7=109&8=118&10=129&11=136&13=143&14=152&16=159&17=166&19=179&20=186&22=193&23=200&25=207&26=216&28=226&29=233&33=239&35=241&37=243&39=245&40=247&42=249&43=251&45=253&46=255&47=257&49=259&51=261&53=263&54=265&55=267&57=269&58=271&59=273&61=275&62=277&64=279&66=281'
# Made by docs/gen_templates.py from vaultnet's template Recency.md.j2: not to be edited.
