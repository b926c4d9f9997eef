from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models_class.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_m = l_0_nullable_encoding = l_0_model_class = missing
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['width']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'width' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', 'models_class.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    def macro(l_1_at, l_1_target, l_1_value):
        t_5 = []
        l_1_line_length = resolve('line_length')
        l_1_expression = l_1_pad = missing
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_target is missing:
            l_1_target = undefined("parameter 'target' was not provided", name='target')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        l_1_expression = str_join(('None if ', l_1_value, ' is None else ', l_1_value, '.to_dict()', ))
        l_1_pad = (' ' * l_1_at)
        if ((l_1_at + t_4(str_join((l_1_target, (undefined(name='expression') if l_1_expression is missing else l_1_expression), )))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length)):
            pass
            t_5.extend((
                str(l_1_target),
                str((undefined(name='expression') if l_1_expression is missing else l_1_expression)),
            ))
        elif (((l_1_at + 4) + t_4((undefined(name='expression') if l_1_expression is missing else l_1_expression))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length)):
            pass
            t_5.extend((
                str(l_1_target),
                '(\n',
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                '    ',
                str((undefined(name='expression') if l_1_expression is missing else l_1_expression)),
                '\n',
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                ')',
            ))
        else:
            pass
            t_5.extend((
                str(l_1_target),
                '(\n',
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                '    None\n',
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                '    if ',
                str(l_1_value),
                ' is None\n',
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                '    else ',
                str(l_1_value),
                '.to_dict()\n',
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                ')',
            ))
        return concat(t_5)
    context.exported_vars.add('nullable_encoding')
    context.vars['nullable_encoding'] = l_0_nullable_encoding = Macro(environment, macro, 'nullable_encoding', ('at', 'target', 'value'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_model):
        t_6 = []
        if l_1_model is missing:
            l_1_model = undefined("parameter 'model' was not provided", name='model')
        pass
        t_6.extend((
            '\n\n@dataclass(slots=True, kw_only=True)\nclass ',
            str(environment.getattr(l_1_model, 'class_name')),
            ':\n',
        ))
        if environment.getattr(l_1_model, 'doc'):
            pass
            t_6.extend((
                '    """',
                str(t_1(environment.getattr(l_1_model, 'doc'), 4)),
                '"""\n\n',
            ))
        t_6.extend((
            '    ',
            str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 4, 'wire_names: ClassVar[frozenset[str]] = frozenset', t_2(context.eval_ctx, t_3(context, environment.getattr(l_1_model, 'fields'), attribute='wire_name_literal')), inner='{}')),
            '\n\n',
        ))
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            _loop_vars = {}
            pass
            t_6.extend((
                '    ',
                str(environment.getattr(l_2_field, 'attribute')),
                ': ',
                str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'annotation'), environment.getattr(l_2_field, 'type'), _loop_vars=_loop_vars)),
            ))
            if (not environment.getattr(l_2_field, 'required')):
                pass
                t_6.append(
                    ' | Unset = UNSET',
                )
            t_6.append(
                '\n',
            )
            if environment.getattr(l_2_field, 'doc'):
                pass
                t_6.extend((
                    '    """',
                    str(t_1(environment.getattr(l_2_field, 'doc'), 4)),
                    '"""\n',
                ))
        l_2_field = missing
        t_6.extend((
            '    additional_properties: dict[str, Any] = field(default_factory=dict)\n    """Properties the spec does not declare, kept so that a round trip loses nothing."""\n\n    @classmethod\n    def from_dict(cls, data: Any, path: str = "") -> ',
            str(environment.getattr(l_1_model, 'class_name')),
            ':\n        """Build an instance from JSON data; ``path`` is the JSON pointer of ``data`` in errors."""\n        obj = _serde.expect_object(data, path)\n',
        ))
        def t_7(fiter):
            for l_2_field in fiter:
                if (environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model'):
                    yield l_2_field
        for l_2_field in t_7(environment.getattr(l_1_model, 'fields')):
            l_2_raw = l_2_decode = missing
            _loop_vars = {}
            pass
            l_2_raw = str_join(('raw_', environment.getattr(l_2_field, 'attribute'), ))
            _loop_vars['raw'] = l_2_raw
            l_2_decode = context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), (12 if ((not environment.getattr(l_2_field, 'required')) or environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable')) else 8), str_join(((undefined(name='raw') if l_2_raw is missing else l_2_raw), ' = ', environment.getattr(environment.getattr(l_2_field, 'type'), 'name'), '.from_dict', )), [(undefined(name='raw') if l_2_raw is missing else l_2_raw), str_join(('_serde.child_path(path, ', environment.getattr(l_2_field, 'wire_name_literal'), ')', ))], _loop_vars=_loop_vars)
            _loop_vars['decode'] = l_2_decode
            if environment.getattr(l_2_field, 'required'):
                pass
                t_6.extend((
                    '        ',
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 8, str_join(((undefined(name='raw') if l_2_raw is missing else l_2_raw), ' = _serde.required_value', )), ['obj', environment.getattr(l_2_field, 'wire_name_literal'), 'path'], _loop_vars=_loop_vars)),
                    '\n',
                ))
            else:
                pass
                t_6.extend((
                    '        ',
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 8, str_join(((undefined(name='raw') if l_2_raw is missing else l_2_raw), ' = obj.get', )), [environment.getattr(l_2_field, 'wire_name_literal'), 'UNSET'], _loop_vars=_loop_vars)),
                    '\n',
                ))
            if (environment.getattr(l_2_field, 'required') and (not environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable'))):
                pass
                t_6.extend((
                    '        ',
                    str((undefined(name='decode') if l_2_decode is missing else l_2_decode)),
                    '\n',
                ))
            else:
                pass
                if environment.getattr(l_2_field, 'required'):
                    pass
                    t_6.extend((
                        '        if ',
                        str((undefined(name='raw') if l_2_raw is missing else l_2_raw)),
                        ' is not None:\n',
                    ))
                elif environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable'):
                    pass
                    t_6.extend((
                        '        if ',
                        str((undefined(name='raw') if l_2_raw is missing else l_2_raw)),
                        ' not in (UNSET, None):\n',
                    ))
                else:
                    pass
                    t_6.extend((
                        '        if ',
                        str((undefined(name='raw') if l_2_raw is missing else l_2_raw)),
                        ' is not UNSET:\n',
                    ))
                t_6.extend((
                    '            ',
                    str((undefined(name='decode') if l_2_decode is missing else l_2_decode)),
                    '\n',
                ))
        l_2_field = l_2_raw = l_2_decode = missing
        t_6.append(
            '        return cls(\n',
        )
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            _loop_vars = {}
            pass
            if (environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model'):
                pass
                t_6.extend((
                    '            ',
                    str(environment.getattr(l_2_field, 'attribute')),
                    '=raw_',
                    str(environment.getattr(l_2_field, 'attribute')),
                    ',\n',
                ))
            else:
                pass
                t_6.extend((
                    '            ',
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 12, str_join((environment.getattr(l_2_field, 'attribute'), '=_serde.', ('required' if environment.getattr(l_2_field, 'required') else 'optional'), )), ['obj', environment.getattr(l_2_field, 'wire_name_literal'), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'decoder'), environment.getattr(l_2_field, 'type'), _loop_vars=_loop_vars), 'path'], ',', _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_field = missing
        t_6.append(
            '            additional_properties=_serde.unknown_properties(obj, cls.wire_names),\n        )\n\n    def to_dict(self) -> dict[str, Any]:\n        """JSON data for this instance: unset fields are left out, ``None`` becomes ``null``."""\n        data: dict[str, Any] = {}\n',
        )
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            l_2_target = l_2_value = l_2_at = missing
            _loop_vars = {}
            pass
            l_2_target = str_join(('data[', environment.getattr(l_2_field, 'wire_name_literal'), '] = ', ))
            _loop_vars['target'] = l_2_target
            l_2_value = str_join(('self.', environment.getattr(l_2_field, 'attribute'), ))
            _loop_vars['value'] = l_2_value
            if (not environment.getattr(l_2_field, 'required')):
                pass
                t_6.extend((
                    '        if ',
                    str((undefined(name='value') if l_2_value is missing else l_2_value)),
                    ' is not UNSET:\n',
                ))
            l_2_at = (8 if environment.getattr(l_2_field, 'required') else 12)
            _loop_vars['at'] = l_2_at
            if ((environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model') and environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable')):
                pass
                t_6.extend((
                    '        ',
                    str((' ' * ((undefined(name='at') if l_2_at is missing else l_2_at) - 8))),
                    str(context.call((undefined(name='nullable_encoding') if l_0_nullable_encoding is missing else l_0_nullable_encoding), (undefined(name='at') if l_2_at is missing else l_2_at), (undefined(name='target') if l_2_target is missing else l_2_target), (undefined(name='value') if l_2_value is missing else l_2_value), _loop_vars=_loop_vars)),
                    '\n',
                ))
            elif (environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model'):
                pass
                t_6.extend((
                    '        ',
                    str((' ' * ((undefined(name='at') if l_2_at is missing else l_2_at) - 8))),
                    str((undefined(name='target') if l_2_target is missing else l_2_target)),
                    str((undefined(name='value') if l_2_value is missing else l_2_value)),
                    '.to_dict()\n',
                ))
            else:
                pass
                t_6.extend((
                    '        ',
                    str((' ' * ((undefined(name='at') if l_2_at is missing else l_2_at) - 8))),
                    str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), (undefined(name='at') if l_2_at is missing else l_2_at), str_join(((undefined(name='target') if l_2_target is missing else l_2_target), '_serde.encode', )), [(undefined(name='value') if l_2_value is missing else l_2_value)], _loop_vars=_loop_vars)),
                    '\n',
                ))
        l_2_field = l_2_target = l_2_value = l_2_at = missing
        t_6.append(
            '        for key, value in self.additional_properties.items():\n            data.setdefault(key, _serde.encode(value))\n        return data\n',
        )
        return concat(t_6)
    context.exported_vars.add('model_class')
    context.vars['model_class'] = l_0_model_class = Macro(environment, macro, 'model_class', ('model',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=36&6=38&7=49&8=50&9=51&10=54&11=57&12=60&13=62&14=66&16=72&17=74&18=76&19=80&20=84&23=90&27=97&28=100&29=104&32=109&34=112&35=117&37=129&38=133&45=139&50=142&51=150&52=152&53=154&54=158&56=165&58=168&59=172&61=177&62=181&63=184&64=188&66=195&68=200&72=207&73=210&74=214&76=223&85=230&86=234&87=236&88=238&89=242&91=245&92=247&93=251&94=255&95=259&97=268'