from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'validators_section.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_m = l_0_type_test = l_0_fail = l_0_if_not_any = l_0_guard = l_0_if_unaccepted = l_0_node_call = l_0_guarded_call = l_0_when = l_0_within = l_0_inner = l_0_check_type = l_0_check_enum = l_0_check_bound = l_0_check_pattern = l_0_check_required = l_0_property_call = l_0_check_properties = l_0_check_pattern_properties = l_0_check_additional_properties = l_0_check_prefix_items = l_0_check_items = l_0_check_unique_items = l_0_check_all_of = l_0_branches_call = l_0_check_any_of = l_0_check_one_of = l_0_check_not = l_0_check_ref = l_0_check_false = l_0_keyword_check = l_0_validator_section = missing
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['python_tuple']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'python_tuple' found.")
    try:
        t_7 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_9 = environment.filters['width']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'width' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', 'validators_section.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    def macro(l_1_name):
        t_10 = []
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        if (l_1_name == 'string'):
            pass
            t_10.append(
                'isinstance(data, str)',
            )
        elif (l_1_name == 'integer'):
            pass
            t_10.append(
                'rt.is_integer(data)',
            )
        elif (l_1_name == 'number'):
            pass
            t_10.append(
                'rt.is_number(data)',
            )
        elif (l_1_name == 'boolean'):
            pass
            t_10.append(
                'isinstance(data, bool)',
            )
        elif (l_1_name == 'null'):
            pass
            t_10.append(
                'data is None',
            )
        elif (l_1_name == 'array'):
            pass
            t_10.append(
                'isinstance(data, list)',
            )
        else:
            pass
            t_10.append(
                'isinstance(data, dict)',
            )
        return concat(t_10)
    context.exported_vars.add('type_test')
    context.vars['type_test'] = l_0_type_test = Macro(environment, macro, 'type_test', ('name',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_value, l_1_hint):
        t_11 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_value is missing:
            l_1_value = 'data'
        if l_1_hint is missing:
            l_1_hint = ''
        pass
        t_11.extend((
            'rt.report(\n    errors,\n    path,\n    "',
            str(environment.getattr(l_1_check, 'keyword')),
            '",\n    ',
            str(environment.getattr(l_1_check, 'schema_path_literal')),
            ',\n    ',
            str(l_1_value),
            ',\n    ',
            str(environment.getattr(l_1_check, 'message_literal')),
            ',\n',
        ))
        if l_1_hint:
            pass
            t_11.extend((
                '    ',
                str(l_1_hint),
                ',\n',
            ))
        t_11.append(
            ')',
        )
        return concat(t_11)
    context.exported_vars.add('fail')
    context.vars['fail'] = l_0_fail = Macro(environment, macro, 'fail', ('check', 'value', 'hint'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_at, l_1_parts):
        t_12 = []
        l_1_inner = l_0_inner
        l_1_line_length = resolve('line_length')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_parts is missing:
            l_1_parts = undefined("parameter 'parts' was not provided", name='parts')
        pass
        l_1_inner = t_3(context.eval_ctx, l_1_parts, ' or ')
        if ((l_1_at + t_9(str_join(('if not (', (undefined(name='inner') if l_1_inner is missing else l_1_inner), '):', )))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length)):
            pass
            t_12.extend((
                'if not (',
                str((undefined(name='inner') if l_1_inner is missing else l_1_inner)),
                '):',
            ))
        elif ((t_4(l_1_parts) == 1) or (((l_1_at + 4) + t_9((undefined(name='inner') if l_1_inner is missing else l_1_inner))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length))):
            pass
            t_12.extend((
                'if not (\n    ',
                str((undefined(name='inner') if l_1_inner is missing else l_1_inner)),
                '\n):',
            ))
        else:
            pass
            t_12.extend((
                'if not (\n    ',
                str(environment.getitem(l_1_parts, 0)),
                '\n',
            ))
            for l_2_part in l_1_parts[1:]:
                _loop_vars = {}
                pass
                t_12.extend((
                    '    or ',
                    str(l_2_part),
                    '\n',
                ))
            l_2_part = missing
            t_12.append(
                '):',
            )
        return concat(t_12)
    context.exported_vars.add('if_not_any')
    context.vars['if_not_any'] = l_0_if_not_any = Macro(environment, macro, 'if_not_any', ('at', 'parts'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_g, l_1_var, l_1_grouped):
        t_13 = []
        l_1_bounded = resolve('bounded')
        l_1_compound = resolve('compound')
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        if l_1_var is missing:
            l_1_var = undefined("parameter 'var' was not provided", name='var')
        if l_1_grouped is missing:
            l_1_grouped = undefined("parameter 'grouped' was not provided", name='grouped')
        pass
        if (environment.getattr(l_1_g, 'kind') in ('null', 'true', 'false')):
            pass
            t_13.extend((
                str(l_1_var),
                ' is ',
                str(environment.getitem({'null': 'None', 'true': 'True', 'false': 'False'}, environment.getattr(l_1_g, 'kind'))),
            ))
        else:
            pass
            l_1_bounded = (environment.getattr(l_1_g, 'lower_literal') or environment.getattr(l_1_g, 'upper_literal'))
            l_1_compound = (environment.getattr(l_1_g, 'constant') or (undefined(name='bounded') if l_1_bounded is missing else l_1_bounded))
            t_13.append(
                str(('(' if (l_1_grouped and (undefined(name='compound') if l_1_compound is missing else l_1_compound)) else cond_expr_undefined("the inline if-expression on line 57 in 'validators_section.jinja' evaluated to false and no else section was defined."))),
            )
            if (environment.getattr(l_1_g, 'kind') == 'string'):
                pass
                t_13.extend((
                    str(l_1_var),
                    '.__class__ is str',
                ))
            elif (environment.getattr(l_1_g, 'kind') == 'integer'):
                pass
                t_13.extend((
                    str(l_1_var),
                    '.__class__ is int',
                ))
            else:
                pass
                t_13.extend((
                    str(('(' if (undefined(name='compound') if l_1_compound is missing else l_1_compound) else cond_expr_undefined("the inline if-expression on line 60 in 'validators_section.jinja' evaluated to false and no else section was defined."))),
                    str(l_1_var),
                    '.__class__ is int or ',
                    str(l_1_var),
                    '.__class__ is float',
                    str((')' if (undefined(name='compound') if l_1_compound is missing else l_1_compound) else cond_expr_undefined("the inline if-expression on line 60 in 'validators_section.jinja' evaluated to false and no else section was defined."))),
                ))
            if environment.getattr(l_1_g, 'constant'):
                pass
                t_13.extend((
                    ' and ',
                    str(l_1_var),
                    ' in ',
                    str(environment.getattr(l_1_g, 'constant')),
                ))
            if (environment.getattr(l_1_g, 'lower_literal') and environment.getattr(l_1_g, 'upper_literal')):
                pass
                t_13.extend((
                    ' and ',
                    str(environment.getattr(l_1_g, 'lower_literal')),
                    ' ',
                    str(('<=' if environment.getattr(l_1_g, 'lower_inclusive') else '<')),
                    ' ',
                    str(l_1_var),
                    ' ',
                    str(('<=' if environment.getattr(l_1_g, 'upper_inclusive') else '<')),
                    ' ',
                    str(environment.getattr(l_1_g, 'upper_literal')),
                ))
            elif environment.getattr(l_1_g, 'lower_literal'):
                pass
                t_13.extend((
                    ' and ',
                    str(l_1_var),
                    ' ',
                    str(('>=' if environment.getattr(l_1_g, 'lower_inclusive') else '>')),
                    ' ',
                    str(environment.getattr(l_1_g, 'lower_literal')),
                ))
            elif environment.getattr(l_1_g, 'upper_literal'):
                pass
                t_13.extend((
                    ' and ',
                    str(l_1_var),
                    ' ',
                    str(('<=' if environment.getattr(l_1_g, 'upper_inclusive') else '<')),
                    ' ',
                    str(environment.getattr(l_1_g, 'upper_literal')),
                ))
            t_13.append(
                str((')' if (l_1_grouped and (undefined(name='compound') if l_1_compound is missing else l_1_compound)) else cond_expr_undefined("the inline if-expression on line 67 in 'validators_section.jinja' evaluated to false and no else section was defined."))),
            )
        return concat(t_13)
    context.exported_vars.add('guard')
    context.vars['guard'] = l_0_guard = Macro(environment, macro, 'guard', ('g', 'var', 'grouped'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_at, l_1_guards, l_1_var):
        t_14 = []
        l_1_namespace = resolve('namespace')
        l_1_tests = resolve('tests')
        l_1_g = missing
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_guards is missing:
            l_1_guards = undefined("parameter 'guards' was not provided", name='guards')
        if l_1_var is missing:
            l_1_var = undefined("parameter 'var' was not provided", name='var')
        pass
        l_1_g = environment.getitem(l_1_guards, 0)
        if ((t_4(l_1_guards) == 1) and (environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'kind') in ('null', 'true', 'false'))):
            pass
            t_14.extend((
                'if ',
                str(l_1_var),
                ' is not ',
                str(environment.getitem({'null': 'None', 'true': 'True', 'false': 'False'}, environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'kind'))),
                ':',
            ))
        elif (((t_4(l_1_guards) == 1) and (environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'kind') in ('string', 'integer'))) and (not ((environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'constant') or environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'lower_literal')) or environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'upper_literal')))):
            pass
            t_14.extend((
                'if ',
                str(l_1_var),
                '.__class__ is not ',
                str(environment.getitem({'string': 'str', 'integer': 'int'}, environment.getattr((undefined(name='g') if l_1_g is missing else l_1_g), 'kind'))),
                ':',
            ))
        else:
            pass
            l_1_tests = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), parts=[])
            for l_2_g in l_1_guards:
                _loop_vars = {}
                pass
                if not isinstance(l_1_tests, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_1_tests['parts'] = (environment.getattr((undefined(name='tests') if l_1_tests is missing else l_1_tests), 'parts') + [context.call((undefined(name='guard') if l_0_guard is missing else l_0_guard), l_2_g, l_1_var, (t_4(l_1_guards) > 1), _loop_vars=_loop_vars)])
            l_2_g = missing
            t_14.append(
                str(context.call((undefined(name='if_not_any') if l_0_if_not_any is missing else l_0_if_not_any), l_1_at, environment.getattr((undefined(name='tests') if l_1_tests is missing else l_1_tests), 'parts'))),
            )
        return concat(t_14)
    context.exported_vars.add('if_unaccepted')
    context.vars['if_unaccepted'] = l_0_if_unaccepted = Macro(environment, macro, 'if_unaccepted', ('at', 'guards', 'var'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_at, l_1_function, l_1_var, l_1_location):
        t_15 = []
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_function is missing:
            l_1_function = undefined("parameter 'function' was not provided", name='function')
        if l_1_var is missing:
            l_1_var = undefined("parameter 'var' was not provided", name='var')
        if l_1_location is missing:
            l_1_location = undefined("parameter 'location' was not provided", name='location')
        pass
        t_15.append(
            str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), l_1_at, l_1_function, [l_1_var, l_1_location, 'errors'], relative=True)),
        )
        return concat(t_15)
    context.exported_vars.add('node_call')
    context.vars['node_call'] = l_0_node_call = Macro(environment, macro, 'node_call', ('at', 'function', 'var', 'location'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_at, l_1_function, l_1_guards, l_1_var, l_1_location):
        t_16 = []
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_function is missing:
            l_1_function = undefined("parameter 'function' was not provided", name='function')
        if l_1_guards is missing:
            l_1_guards = undefined("parameter 'guards' was not provided", name='guards')
        if l_1_var is missing:
            l_1_var = undefined("parameter 'var' was not provided", name='var')
        if l_1_location is missing:
            l_1_location = undefined("parameter 'location' was not provided", name='location')
        pass
        if l_1_guards:
            pass
            t_16.extend((
                str(context.call((undefined(name='if_unaccepted') if l_0_if_unaccepted is missing else l_0_if_unaccepted), l_1_at, l_1_guards, l_1_var)),
                '\n    ',
                str(t_1(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), (l_1_at + 4), l_1_function, l_1_var, l_1_location), 4)),
            ))
        else:
            pass
            t_16.append(
                str(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), l_1_at, l_1_function, l_1_var, l_1_location)),
            )
        return concat(t_16)
    context.exported_vars.add('guarded_call')
    context.vars['guarded_call'] = l_0_guarded_call = Macro(environment, macro, 'guarded_call', ('at', 'function', 'guards', 'var', 'location'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_test, l_1_condition):
        t_17 = []
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_condition is missing:
            l_1_condition = undefined("parameter 'condition' was not provided", name='condition')
        pass
        t_17.extend((
            str((str_join((l_1_test, ' and ', )) if l_1_test else cond_expr_undefined("the inline if-expression on line 100 in 'validators_section.jinja' evaluated to false and no else section was defined."))),
            str(l_1_condition),
        ))
        return concat(t_17)
    context.exported_vars.add('when')
    context.vars['when'] = l_0_when = Macro(environment, macro, 'when', ('test', 'condition'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_test, l_1_caller):
        t_18 = []
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        pass
        if l_1_test:
            pass
            t_18.extend((
                '    if ',
                str(l_1_test),
                ':\n',
                str(t_1(context.call(l_1_caller), 4, first=True)),
            ))
        else:
            pass
            t_18.append(
                str(context.call(l_1_caller)),
            )
        return concat(t_18)
    context.exported_vars.add('within')
    context.vars['within'] = l_0_within = Macro(environment, macro, 'within', ('test',), False, False, True, context.eval_ctx.autoescape)
    def macro(l_1_at, l_1_test):
        t_19 = []
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        pass
        t_19.append(
            str(((l_1_at + 4) if l_1_test else l_1_at)),
        )
        return concat(t_19)
    context.exported_vars.add('inner')
    context.vars['inner'] = l_0_inner = Macro(environment, macro, 'inner', ('at', 'test'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_20 = []
        l_1_namespace = resolve('namespace')
        l_1_tests = missing
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        l_1_tests = context.call((undefined(name='namespace') if l_1_namespace is missing else l_1_namespace), parts=[])
        for l_2_name in environment.getattr(l_1_check, 'type_names'):
            _loop_vars = {}
            pass
            if not isinstance(l_1_tests, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_1_tests['parts'] = (environment.getattr((undefined(name='tests') if l_1_tests is missing else l_1_tests), 'parts') + [context.call((undefined(name='type_test') if l_0_type_test is missing else l_0_type_test), l_2_name, _loop_vars=_loop_vars)])
        l_2_name = missing
        t_20.extend((
            '    ',
            str(t_1(context.call((undefined(name='if_not_any') if l_0_if_not_any is missing else l_0_if_not_any), l_1_at, environment.getattr((undefined(name='tests') if l_1_tests is missing else l_1_tests), 'parts')), 4)),
            '\n        ',
            str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
            '\n',
        ))
        return concat(t_20)
    context.exported_vars.add('check_type')
    context.vars['check_type'] = l_0_check_type = Macro(environment, macro, 'check_type', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_21 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        t_21.extend((
            '    if rt.freeze(data) not in ',
            str(environment.getattr(l_1_check, 'constant')),
            ':\n        ',
            str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
            '\n',
        ))
        return concat(t_21)
    context.exported_vars.add('check_enum')
    context.vars['check_enum'] = l_0_check_enum = Macro(environment, macro, 'check_enum', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at, l_1_condition):
        t_22 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_condition is missing:
            l_1_condition = undefined("parameter 'condition' was not provided", name='condition')
        pass
        t_22.extend((
            '    if ',
            str(context.call((undefined(name='when') if l_0_when is missing else l_0_when), l_1_test, l_1_condition)),
            ':\n        ',
            str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
            '\n',
        ))
        return concat(t_22)
    context.exported_vars.add('check_bound')
    context.vars['check_bound'] = l_0_check_bound = Macro(environment, macro, 'check_bound', ('check', 'test', 'at', 'condition'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_23 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        t_23.extend((
            '    if ',
            str(context.call((undefined(name='when') if l_0_when is missing else l_0_when), l_1_test, str_join(('not ', environment.getattr(l_1_check, 'constant'), '.search(data)', )))),
            ':\n        ',
            str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
            '\n',
        ))
        return concat(t_23)
    context.exported_vars.add('check_pattern')
    context.vars['check_pattern'] = l_0_check_pattern = Macro(environment, macro, 'check_pattern', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_24 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        def macro():
            t_25 = []
            pass
            t_25.extend((
                '    for name in ',
                str(environment.getattr(l_1_check, 'constant')),
                ':\n        if name not in data:\n            ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check, 'name'), 12)),
                '\n',
            ))
            return concat(t_25)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_24.append(context.call((undefined(name='within') if l_0_within is missing else l_0_within), l_1_test, caller=caller))
        return concat(t_24)
    context.exported_vars.add('check_required')
    context.vars['check_required'] = l_0_check_required = Macro(environment, macro, 'check_required', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_at, l_1_child):
        t_26 = []
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_child is missing:
            l_1_child = undefined("parameter 'child' was not provided", name='child')
        pass
        if environment.getattr(l_1_child, 'fast_accept'):
            pass
            t_26.extend((
                'value = data[',
                str(environment.getattr(l_1_child, 'key_literal')),
                ']\n',
                str(context.call((undefined(name='guarded_call') if l_0_guarded_call is missing else l_0_guarded_call), l_1_at, environment.getattr(l_1_child, 'function'), environment.getattr(l_1_child, 'fast_accept'), 'value', str_join(('(path, ', environment.getattr(l_1_child, 'key_literal'), ')', )))),
            ))
        else:
            pass
            t_26.append(
                str(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), l_1_at, environment.getattr(l_1_child, 'function'), str_join(('data[', environment.getattr(l_1_child, 'key_literal'), ']', )), str_join(('(path, ', environment.getattr(l_1_child, 'key_literal'), ')', )))),
            )
        return concat(t_26)
    context.exported_vars.add('property_call')
    context.vars['property_call'] = l_0_property_call = Macro(environment, macro, 'property_call', ('at', 'child'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_27 = []
        l_1_active = missing
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        l_1_active = t_5(context.eval_ctx, t_8(context, environment.getattr(l_1_check, 'children'), 'function'))
        if (t_4((undefined(name='active') if l_1_active is missing else l_1_active)) == 1):
            pass
            t_27.extend((
                '    if ',
                str(context.call((undefined(name='when') if l_0_when is missing else l_0_when), l_1_test, str_join((environment.getattr(environment.getitem((undefined(name='active') if l_1_active is missing else l_1_active), 0), 'key_literal'), ' in data', )))),
                ':\n',
                str(t_1(context.call((undefined(name='property_call') if l_0_property_call is missing else l_0_property_call), (l_1_at + 4), environment.getitem((undefined(name='active') if l_1_active is missing else l_1_active), 0)), 8, first=True)),
                '\n',
            ))
        else:
            pass
            def macro():
                t_28 = []
                pass
                for l_3_child in (undefined(name='active') if l_1_active is missing else l_1_active):
                    _loop_vars = {}
                    pass
                    t_28.extend((
                        '    if ',
                        str(environment.getattr(l_3_child, 'key_literal')),
                        ' in data:\n',
                        str(t_1(context.call((undefined(name='property_call') if l_0_property_call is missing else l_0_property_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test, _loop_vars=_loop_vars)) + 4), l_3_child, _loop_vars=_loop_vars), 8, first=True)),
                        '\n',
                    ))
                l_3_child = missing
                return concat(t_28)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            t_27.append(context.call((undefined(name='within') if l_0_within is missing else l_0_within), l_1_test, caller=caller))
        return concat(t_27)
    context.exported_vars.add('check_properties')
    context.vars['check_properties'] = l_0_check_properties = Macro(environment, macro, 'check_properties', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_29 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        def macro():
            t_30 = []
            pass
            t_30.append(
                '    for key, value in data.items():\n',
            )
            def t_31(fiter):
                for l_3_child in fiter:
                    if environment.getattr(l_3_child, 'function'):
                        yield l_3_child
            for l_3_child in t_31(environment.getattr(l_1_check, 'children')):
                _loop_vars = {}
                pass
                t_30.extend((
                    '        if ',
                    str(environment.getattr(l_3_child, 'key_literal')),
                    '.search(key):\n            ',
                    str(t_1(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test, _loop_vars=_loop_vars)) + 8), environment.getattr(l_3_child, 'function'), 'value', '(path, key)', _loop_vars=_loop_vars), 12)),
                    '\n',
                ))
            l_3_child = missing
            return concat(t_30)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_29.append(context.call((undefined(name='within') if l_0_within is missing else l_0_within), l_1_test, caller=caller))
        return concat(t_29)
    context.exported_vars.add('check_pattern_properties')
    context.vars['check_pattern_properties'] = l_0_check_pattern_properties = Macro(environment, macro, 'check_pattern_properties', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_32 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        def macro():
            t_33 = []
            pass
            t_33.extend((
                '    ',
                str(t_1(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test)), 'extras = rt.extras', ['data', environment.getattr(l_1_check, 'constant'), t_6(environment.getattr(l_1_check, 'pattern_constants'))], relative=True), 4)),
                '\n',
            ))
            if environment.getattr(l_1_check, 'function'):
                pass
                t_33.extend((
                    '    for key in extras:\n        ',
                    str(t_1(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test)) + 4), environment.getattr(l_1_check, 'function'), 'data[key]', '(path, key)'), 8)),
                    '\n',
                ))
            else:
                pass
                t_33.extend((
                    '    if extras:\n        rt.report_extras(\n            errors,\n            path,\n            "',
                    str(environment.getattr(l_1_check, 'keyword')),
                    '",\n            ',
                    str(environment.getattr(l_1_check, 'schema_path_literal')),
                    ',\n            ',
                    str(environment.getattr(l_1_check, 'message_literal')),
                    ',\n            extras,\n        )\n',
                ))
            return concat(t_33)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_32.append(context.call((undefined(name='within') if l_0_within is missing else l_0_within), l_1_test, caller=caller))
        return concat(t_32)
    context.exported_vars.add('check_additional_properties')
    context.vars['check_additional_properties'] = l_0_check_additional_properties = Macro(environment, macro, 'check_additional_properties', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_34 = []
        l_1_active = missing
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        l_1_active = t_5(context.eval_ctx, t_8(context, environment.getattr(l_1_check, 'children'), 'function'))
        if (t_4((undefined(name='active') if l_1_active is missing else l_1_active)) == 1):
            pass
            t_34.extend((
                '    if ',
                str(context.call((undefined(name='when') if l_0_when is missing else l_0_when), l_1_test, str_join(('len(data) > ', environment.getattr(environment.getitem((undefined(name='active') if l_1_active is missing else l_1_active), 0), 'key_literal'), )))),
                ':\n        ',
                str(t_1(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), (l_1_at + 4), environment.getattr(environment.getitem((undefined(name='active') if l_1_active is missing else l_1_active), 0), 'function'), str_join(('data[', environment.getattr(environment.getitem((undefined(name='active') if l_1_active is missing else l_1_active), 0), 'key_literal'), ']', )), str_join(('(path, ', environment.getattr(environment.getitem((undefined(name='active') if l_1_active is missing else l_1_active), 0), 'key_literal'), ')', ))), 8)),
                '\n',
            ))
        else:
            pass
            def macro():
                t_35 = []
                pass
                for l_3_child in (undefined(name='active') if l_1_active is missing else l_1_active):
                    _loop_vars = {}
                    pass
                    t_35.extend((
                        '    if len(data) > ',
                        str(environment.getattr(l_3_child, 'key_literal')),
                        ':\n        ',
                        str(t_1(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test, _loop_vars=_loop_vars)) + 4), environment.getattr(l_3_child, 'function'), str_join(('data[', environment.getattr(l_3_child, 'key_literal'), ']', )), str_join(('(path, ', environment.getattr(l_3_child, 'key_literal'), ')', )), _loop_vars=_loop_vars), 8)),
                        '\n',
                    ))
                l_3_child = missing
                return concat(t_35)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            t_34.append(context.call((undefined(name='within') if l_0_within is missing else l_0_within), l_1_test, caller=caller))
        return concat(t_34)
    context.exported_vars.add('check_prefix_items')
    context.vars['check_prefix_items'] = l_0_check_prefix_items = Macro(environment, macro, 'check_prefix_items', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_36 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        if environment.getattr(l_1_check, 'function'):
            pass
            def macro():
                t_37 = []
                pass
                if (environment.getattr(l_1_check, 'limit_literal') == '0'):
                    pass
                    t_37.extend((
                        '    for index, item in enumerate(data):\n',
                        str(t_1(context.call((undefined(name='guarded_call') if l_0_guarded_call is missing else l_0_guarded_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test)) + 4), environment.getattr(l_1_check, 'function'), environment.getattr(l_1_check, 'fast_accept'), 'item', '(path, index)'), 8, first=True)),
                        '\n',
                    ))
                else:
                    pass
                    t_37.extend((
                        '    for index in range(',
                        str(environment.getattr(l_1_check, 'limit_literal')),
                        ', len(data)):\n',
                    ))
                    if environment.getattr(l_1_check, 'fast_accept'):
                        pass
                        t_37.extend((
                            '        item = data[index]\n',
                            str(t_1(context.call((undefined(name='guarded_call') if l_0_guarded_call is missing else l_0_guarded_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test)) + 4), environment.getattr(l_1_check, 'function'), environment.getattr(l_1_check, 'fast_accept'), 'item', '(path, index)'), 8, first=True)),
                            '\n',
                        ))
                    else:
                        pass
                        t_37.extend((
                            '        ',
                            str(t_1(context.call((undefined(name='node_call') if l_0_node_call is missing else l_0_node_call), (t_2(context.call((undefined(name='inner') if l_0_inner is missing else l_0_inner), l_1_at, l_1_test)) + 4), environment.getattr(l_1_check, 'function'), 'data[index]', '(path, index)'), 8)),
                            '\n',
                        ))
                return concat(t_37)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            t_36.append(context.call((undefined(name='within') if l_0_within is missing else l_0_within), l_1_test, caller=caller))
        else:
            pass
            t_36.extend((
                '    if ',
                str(context.call((undefined(name='when') if l_0_when is missing else l_0_when), l_1_test, str_join(('len(data) > ', environment.getattr(l_1_check, 'limit_literal'), )))),
                ':\n        ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
                '\n',
            ))
        return concat(t_36)
    context.exported_vars.add('check_items')
    context.vars['check_items'] = l_0_check_items = Macro(environment, macro, 'check_items', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_38 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        t_38.extend((
            '    if ',
            str(context.call((undefined(name='when') if l_0_when is missing else l_0_when), l_1_test, 'not rt.is_unique(data)')),
            ':\n        ',
            str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
            '\n',
        ))
        return concat(t_38)
    context.exported_vars.add('check_unique_items')
    context.vars['check_unique_items'] = l_0_check_unique_items = Macro(environment, macro, 'check_unique_items', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_39 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        def t_40(fiter):
            for l_2_child in fiter:
                if environment.getattr(l_2_child, 'function'):
                    yield l_2_child
        for l_2_child in t_40(environment.getattr(l_1_check, 'children')):
            _loop_vars = {}
            pass
            t_39.extend((
                '    ',
                str(environment.getattr(l_2_child, 'function')),
                '(data, path, errors)\n',
            ))
        l_2_child = missing
        return concat(t_39)
    context.exported_vars.add('check_all_of')
    context.vars['check_all_of'] = l_0_check_all_of = Macro(environment, macro, 'check_all_of', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_function, l_1_children):
        t_41 = []
        if l_1_function is missing:
            l_1_function = undefined("parameter 'function' was not provided", name='function')
        if l_1_children is missing:
            l_1_children = undefined("parameter 'children' was not provided", name='children')
        pass
        t_41.extend((
            str(l_1_function),
            '(\n',
        ))
        if (t_4(l_1_children) == 1):
            pass
            t_41.extend((
                '    (',
                str(environment.getattr(environment.getitem(l_1_children, 0), 'function')),
                ',),\n',
            ))
        else:
            pass
            t_41.append(
                '    (\n',
            )
            for l_2_child in l_1_children:
                _loop_vars = {}
                pass
                t_41.extend((
                    '        ',
                    str(environment.getattr(l_2_child, 'function')),
                    ',\n',
                ))
            l_2_child = missing
            t_41.append(
                '    ),\n',
            )
        t_41.append(
            '    data,\n    path,\n    errors,\n)',
        )
        return concat(t_41)
    context.exported_vars.add('branches_call')
    context.vars['branches_call'] = l_0_branches_call = Macro(environment, macro, 'branches_call', ('function', 'children'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_42 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        if t_5(context.eval_ctx, t_7(context, environment.getattr(l_1_check, 'children'), 'function')):
            pass
            t_42.append(
                '    # anyOf: a subschema accepts everything, so this keyword always passes.\n',
            )
        elif environment.getattr(l_1_check, 'fast_accept'):
            pass
            t_42.extend((
                '    ',
                str(t_1(context.call((undefined(name='if_unaccepted') if l_0_if_unaccepted is missing else l_0_if_unaccepted), l_1_at, environment.getattr(l_1_check, 'fast_accept'), 'data'), 4)),
                '\n        failures = ',
                str(t_1(context.call((undefined(name='branches_call') if l_0_branches_call is missing else l_0_branches_call), 'rt.any_of', environment.getattr(l_1_check, 'children')), 8)),
                '\n        if failures is not None:\n            ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check, hint='failures'), 12)),
                '\n',
            ))
        else:
            pass
            t_42.extend((
                '    failures = ',
                str(t_1(context.call((undefined(name='branches_call') if l_0_branches_call is missing else l_0_branches_call), 'rt.any_of', environment.getattr(l_1_check, 'children')), 4)),
                '\n    if failures is not None:\n        ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check, hint='failures'), 8)),
                '\n',
            ))
        return concat(t_42)
    context.exported_vars.add('check_any_of')
    context.vars['check_any_of'] = l_0_check_any_of = Macro(environment, macro, 'check_any_of', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_43 = []
        l_1_active = l_1_trivial = missing
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        l_1_active = t_5(context.eval_ctx, t_8(context, environment.getattr(l_1_check, 'children'), 'function'))
        l_1_trivial = (t_4(environment.getattr(l_1_check, 'children')) - t_4((undefined(name='active') if l_1_active is missing else l_1_active)))
        if (undefined(name='active') if l_1_active is missing else l_1_active):
            pass
            t_43.extend((
                '    passed, branches = ',
                str(t_1(context.call((undefined(name='branches_call') if l_0_branches_call is missing else l_0_branches_call), 'rt.one_of', (undefined(name='active') if l_1_active is missing else l_1_active)), 4)),
                '\n    if ',
                str((undefined(name='trivial') if l_1_trivial is missing else l_1_trivial)),
                ' + passed != 1:\n        ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check, hint='branches'), 8)),
                '\n',
            ))
        elif ((undefined(name='trivial') if l_1_trivial is missing else l_1_trivial) != 1):
            pass
            t_43.extend((
                '    ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 4)),
                '\n',
            ))
        return concat(t_43)
    context.exported_vars.add('check_one_of')
    context.vars['check_one_of'] = l_0_check_one_of = Macro(environment, macro, 'check_one_of', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_44 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        if environment.getattr(l_1_check, 'function'):
            pass
            t_44.extend((
                '    if rt.passes(',
                str(environment.getattr(l_1_check, 'function')),
                ', data, path):\n        ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 8)),
                '\n',
            ))
        else:
            pass
            t_44.extend((
                '    ',
                str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 4)),
                '\n',
            ))
        return concat(t_44)
    context.exported_vars.add('check_not')
    context.vars['check_not'] = l_0_check_not = Macro(environment, macro, 'check_not', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_45 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        t_45.extend((
            '    ',
            str(environment.getattr(l_1_check, 'function')),
            '(data, path, errors)\n',
        ))
        return concat(t_45)
    context.exported_vars.add('check_ref')
    context.vars['check_ref'] = l_0_check_ref = Macro(environment, macro, 'check_ref', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_46 = []
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        t_46.extend((
            '    ',
            str(t_1(context.call((undefined(name='fail') if l_0_fail is missing else l_0_fail), l_1_check), 4)),
            '\n',
        ))
        return concat(t_46)
    context.exported_vars.add('check_false')
    context.vars['check_false'] = l_0_check_false = Macro(environment, macro, 'check_false', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_check, l_1_test, l_1_at):
        t_47 = []
        l_1_raise_unknown_keyword = resolve('raise_unknown_keyword')
        if l_1_check is missing:
            l_1_check = undefined("parameter 'check' was not provided", name='check')
        if l_1_test is missing:
            l_1_test = undefined("parameter 'test' was not provided", name='test')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        pass
        if (environment.getattr(l_1_check, 'keyword') == 'type'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_type') if l_0_check_type is missing else l_0_check_type), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') in ('enum', 'const')):
            pass
            t_47.append(
                str(context.call((undefined(name='check_enum') if l_0_check_enum is missing else l_0_check_enum), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'minimum'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('data < ', environment.getattr(l_1_check, 'limit_literal'), )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'maximum'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('data > ', environment.getattr(l_1_check, 'limit_literal'), )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'exclusiveMinimum'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('data <= ', environment.getattr(l_1_check, 'limit_literal'), )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'exclusiveMaximum'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('data >= ', environment.getattr(l_1_check, 'limit_literal'), )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'multipleOf'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('not rt.is_multiple(data, ', environment.getattr(l_1_check, 'limit_literal'), ')', )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') in ('minLength', 'minItems', 'minProperties')):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('len(data) < ', environment.getattr(l_1_check, 'limit_literal'), )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') in ('maxLength', 'maxItems', 'maxProperties')):
            pass
            t_47.append(
                str(context.call((undefined(name='check_bound') if l_0_check_bound is missing else l_0_check_bound), l_1_check, l_1_test, l_1_at, str_join(('len(data) > ', environment.getattr(l_1_check, 'limit_literal'), )))),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'pattern'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_pattern') if l_0_check_pattern is missing else l_0_check_pattern), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'required'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_required') if l_0_check_required is missing else l_0_check_required), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'properties'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_properties') if l_0_check_properties is missing else l_0_check_properties), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'patternProperties'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_pattern_properties') if l_0_check_pattern_properties is missing else l_0_check_pattern_properties), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'additionalProperties'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_additional_properties') if l_0_check_additional_properties is missing else l_0_check_additional_properties), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'prefixItems'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_prefix_items') if l_0_check_prefix_items is missing else l_0_check_prefix_items), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'items'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_items') if l_0_check_items is missing else l_0_check_items), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'uniqueItems'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_unique_items') if l_0_check_unique_items is missing else l_0_check_unique_items), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'allOf'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_all_of') if l_0_check_all_of is missing else l_0_check_all_of), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'anyOf'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_any_of') if l_0_check_any_of is missing else l_0_check_any_of), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'oneOf'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_one_of') if l_0_check_one_of is missing else l_0_check_one_of), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'not'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_not') if l_0_check_not is missing else l_0_check_not), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == '$ref'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_ref') if l_0_check_ref is missing else l_0_check_ref), l_1_check, l_1_test, l_1_at)),
            )
        elif (environment.getattr(l_1_check, 'keyword') == 'false'):
            pass
            t_47.append(
                str(context.call((undefined(name='check_false') if l_0_check_false is missing else l_0_check_false), l_1_check, l_1_test, l_1_at)),
            )
        else:
            pass
            t_47.append(
                str(environment.getitem((undefined(name='raise_unknown_keyword') if l_1_raise_unknown_keyword is missing else l_1_raise_unknown_keyword), environment.getattr(l_1_check, 'keyword'))),
            )
        return concat(t_47)
    context.exported_vars.add('keyword_check')
    context.vars['keyword_check'] = l_0_keyword_check = Macro(environment, macro, 'keyword_check', ('check', 'test', 'at'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_section):
        t_48 = []
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        pass
        for l_2_constant in environment.getattr(l_1_section, 'constants'):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_constant, 'kind') == 'pattern'):
                pass
                t_48.extend((
                    str(environment.getattr(l_2_constant, 'name')),
                    ': Final = re.compile(',
                    str(environment.getattr(l_2_constant, 'value_literal')),
                    ')\n',
                ))
            elif (environment.getattr(l_2_constant, 'kind') == 'frozen'):
                pass
                t_48.extend((
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 0, str_join((environment.getattr(l_2_constant, 'name'), ': Final = rt.frozen', )), environment.getattr(l_2_constant, 'item_literals'), inner='[]', _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif ((environment.getattr(l_2_constant, 'kind') == 'names') and (t_4(environment.getattr(l_2_constant, 'item_literals')) == 1)):
                pass
                t_48.extend((
                    str(environment.getattr(l_2_constant, 'name')),
                    ': Final[tuple[str, ...]] = ',
                    str(environment.getattr(l_2_constant, 'value_literal')),
                    '\n',
                ))
            elif (environment.getattr(l_2_constant, 'kind') == 'names'):
                pass
                t_48.extend((
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 0, str_join((environment.getattr(l_2_constant, 'name'), ': Final[tuple[str, ...]] = ', )), environment.getattr(l_2_constant, 'item_literals'), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif (environment.getattr(l_2_constant, 'kind') == 'integers'):
                pass
                t_48.extend((
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 0, str_join((environment.getattr(l_2_constant, 'name'), ': Final[frozenset[int]] = frozenset', )), environment.getattr(l_2_constant, 'item_literals'), inner='[]', _loop_vars=_loop_vars)),
                    '\n',
                ))
            else:
                pass
                t_48.extend((
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 0, str_join((environment.getattr(l_2_constant, 'name'), ': Final[frozenset[str]] = frozenset', )), environment.getattr(l_2_constant, 'item_literals'), inner='[]', _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_constant = missing
        for l_2_node in environment.getattr(l_1_section, 'nodes'):
            _loop_vars = {}
            pass
            t_48.extend((
                '\n\ndef ',
                str(environment.getattr(l_2_node, 'function')),
                '(data: Any, path: rt.Path, errors: rt.Errors) -> None:\n    """',
                str(t_1(environment.getattr(l_2_node, 'pointer_doc'), 4)),
                '"""\n',
            ))
            for l_3_block in environment.getattr(l_2_node, 'blocks'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_3_block, 'subject') and (t_4(environment.getattr(l_3_block, 'checks')) > 1)):
                    pass
                    t_48.extend((
                        '    if ',
                        str(context.call((undefined(name='type_test') if l_0_type_test is missing else l_0_type_test), environment.getattr(l_3_block, 'subject'), _loop_vars=_loop_vars)),
                        ':\n',
                    ))
                    for l_4_check in environment.getattr(l_3_block, 'checks'):
                        _loop_vars = {}
                        pass
                        t_48.extend((
                            str(t_1(context.call((undefined(name='keyword_check') if l_0_keyword_check is missing else l_0_keyword_check), l_4_check, '', 8, _loop_vars=_loop_vars), 4, first=True)),
                            '\n',
                        ))
                    l_4_check = missing
                else:
                    pass
                    for l_4_check in environment.getattr(l_3_block, 'checks'):
                        _loop_vars = {}
                        pass
                        t_48.extend((
                            str(context.call((undefined(name='keyword_check') if l_0_keyword_check is missing else l_0_keyword_check), l_4_check, (context.call((undefined(name='type_test') if l_0_type_test is missing else l_0_type_test), environment.getattr(l_3_block, 'subject'), _loop_vars=_loop_vars) if environment.getattr(l_3_block, 'subject') else ''), 4, _loop_vars=_loop_vars)),
                            '\n',
                        ))
                    l_4_check = missing
            l_3_block = missing
        l_2_node = missing
        return concat(t_48)
    context.exported_vars.add('validator_section')
    context.vars['validator_section'] = l_0_validator_section = Macro(environment, macro, 'validator_section', ('section',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=66&5=68&6=73&7=78&8=83&9=88&10=93&11=98&18=111&22=122&23=124&24=126&25=128&26=131&27=135&32=144&33=153&34=154&35=158&36=161&38=165&42=172&43=175&44=180&51=190&52=201&53=204&55=210&56=211&57=213&58=215&59=221&60=230&62=237&63=245&64=259&65=269&67=280&71=285&72=297&73=298&74=302&75=307&76=311&78=318&79=319&80=327&84=332&85=344&88=349&89=362&90=365&91=367&93=372&99=377&100=385&103=391&104=396&105=400&106=402&108=407&111=412&112=425&113=436&114=437&115=446&116=448&118=454&119=465&120=467&122=473&123=486&124=488&126=494&127=505&128=507&130=513&131=522&132=527&134=529&131=534&137=538&138=545&139=549&140=551&142=556&145=561&146=571&147=572&148=576&149=578&151=583&152=586&153=591&154=593&151=599&159=603&160=612&162=618&163=627&164=629&160=635&168=639&169=648&170=653&171=656&173=660&179=667&180=669&181=671&169=676&187=680&188=690&189=691&190=695&191=697&193=702&194=705&195=710&196=712&193=718&201=722&202=731&203=733&204=736&206=740&208=747&209=750&211=754&213=761&203=766&218=771&219=773&222=779&223=790&224=792&226=798&227=807&228=816&232=823&233=831&234=834&235=838&238=846&239=851&248=864&249=873&251=878&252=882&253=884&255=886&257=893&259=895&262=901&263=911&264=912&265=913&266=917&267=919&268=921&269=924&270=928&273=934&274=943&275=947&276=949&278=956&281=962&282=973&284=979&285=990&287=996&288=1006&289=1011&290=1016&291=1021&292=1026&293=1031&294=1036&295=1041&296=1046&297=1051&298=1056&299=1061&300=1066&301=1071&302=1076&303=1081&304=1086&305=1091&306=1096&307=1101&308=1106&309=1111&310=1116&311=1124&314=1129&315=1134&316=1137&317=1140&318=1145&319=1148&320=1151&321=1154&322=1159&323=1162&324=1165&325=1168&327=1174&330=1178&333=1183&334=1185&335=1188&336=1191&337=1195&338=1198&339=1202&342=1208&343=1212'