from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_m = l_0_typing_names = l_0_nullable_encoding = missing
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['width']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'width' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', 'models.py.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'header'), (undefined(name='package') if l_0_package is missing else l_0_package)))
    yield '\n"""Data models: '
    yield str(environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'title_doc'))
    yield '\n\nOptional fields default to :data:`UNSET` and are left out of ``to_dict()``; ``None`` is sent as an\nexplicit JSON ``null``. ``from_dict`` raises ``DecodeError`` naming the JSON path of bad input.\n"""\n\nfrom __future__ import annotations\n\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'enums'):
        pass
        yield 'import enum\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models'):
        pass
        yield 'from dataclasses import dataclass, field\n'
    l_0_typing_names = (((['Any'] if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'needs_any') else []) + (['ClassVar'] if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models') else [])) + (['TypeAlias'] if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'aliases') else []))
    context.vars['typing_names'] = l_0_typing_names
    context.exported_vars.add('typing_names')
    if (undefined(name='typing_names') if l_0_typing_names is missing else l_0_typing_names):
        pass
        yield 'from typing import '
        yield str(t_2(context.eval_ctx, (undefined(name='typing_names') if l_0_typing_names is missing else l_0_typing_names), ', '))
        yield '\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models'):
        pass
        yield '\nfrom . import _serde\n'
        if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models_use_unset'):
            pass
            yield 'from ._serde import UNSET, Unset\n'
    yield '\n'
    for l_1_enum in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'enums'):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.getattr(l_1_enum, 'class_name'))
        yield '('
        yield str(environment.getattr(l_1_enum, 'base'))
        yield ', enum.Enum):\n'
        if environment.getattr(l_1_enum, 'doc'):
            pass
            yield '    """'
            yield str(t_1(environment.getattr(l_1_enum, 'doc'), 4))
            yield '"""\n\n'
        for l_2_member in environment.getattr(l_1_enum, 'members'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_member, 'name'))
            yield ' = '
            yield str(environment.getattr(l_2_member, 'value_literal'))
            yield '\n'
        l_2_member = missing
    l_1_enum = missing
    def macro(l_1_at, l_1_target, l_1_value):
        t_6 = []
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
        if ((l_1_at + t_5(str_join((l_1_target, (undefined(name='expression') if l_1_expression is missing else l_1_expression), )))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length)):
            pass
            t_6.extend((
                str(l_1_target),
                str((undefined(name='expression') if l_1_expression is missing else l_1_expression)),
            ))
        elif (((l_1_at + 4) + t_5((undefined(name='expression') if l_1_expression is missing else l_1_expression))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length)):
            pass
            t_6.extend((
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
            t_6.extend((
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
        return concat(t_6)
    context.exported_vars.add('nullable_encoding')
    context.vars['nullable_encoding'] = l_0_nullable_encoding = Macro(environment, macro, 'nullable_encoding', ('at', 'target', 'value'), False, False, False, context.eval_ctx.autoescape)
    for l_1_model in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models'):
        _loop_vars = {}
        pass
        yield '\n\n@dataclass(slots=True, kw_only=True)\nclass '
        yield str(environment.getattr(l_1_model, 'class_name'))
        yield ':\n'
        if environment.getattr(l_1_model, 'doc'):
            pass
            yield '    """'
            yield str(t_1(environment.getattr(l_1_model, 'doc'), 4))
            yield '"""\n\n'
        yield '    '
        yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 4, 'wire_names: ClassVar[frozenset[str]] = frozenset', t_3(context.eval_ctx, t_4(context, environment.getattr(l_1_model, 'fields'), attribute='wire_name_literal')), inner='{}', _loop_vars=_loop_vars))
        yield '\n\n'
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_field, 'attribute'))
            yield ': '
            yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'annotation'), environment.getattr(l_2_field, 'type'), _loop_vars=_loop_vars))
            if (not environment.getattr(l_2_field, 'required')):
                pass
                yield ' | Unset = UNSET'
            yield '\n'
            if environment.getattr(l_2_field, 'doc'):
                pass
                yield '    """'
                yield str(t_1(environment.getattr(l_2_field, 'doc'), 4))
                yield '"""\n'
        l_2_field = missing
        yield '    additional_properties: dict[str, Any] = field(default_factory=dict)\n    """Properties the spec does not declare, kept so that a round trip loses nothing."""\n\n    @classmethod\n    def from_dict(cls, data: Any, path: str = "") -> '
        yield str(environment.getattr(l_1_model, 'class_name'))
        yield ':\n        """Build an instance from JSON data; ``path`` is the JSON pointer of ``data`` in errors."""\n        obj = _serde.expect_object(data, path)\n'
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
                yield '        '
                yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 8, str_join(((undefined(name='raw') if l_2_raw is missing else l_2_raw), ' = _serde.required_value', )), ['obj', environment.getattr(l_2_field, 'wire_name_literal'), 'path'], _loop_vars=_loop_vars))
                yield '\n'
            else:
                pass
                yield '        '
                yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 8, str_join(((undefined(name='raw') if l_2_raw is missing else l_2_raw), ' = obj.get', )), [environment.getattr(l_2_field, 'wire_name_literal'), 'UNSET'], _loop_vars=_loop_vars))
                yield '\n'
            if (environment.getattr(l_2_field, 'required') and (not environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable'))):
                pass
                yield '        '
                yield str((undefined(name='decode') if l_2_decode is missing else l_2_decode))
                yield '\n'
            else:
                pass
                if environment.getattr(l_2_field, 'required'):
                    pass
                    yield '        if '
                    yield str((undefined(name='raw') if l_2_raw is missing else l_2_raw))
                    yield ' is not None:\n'
                elif environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable'):
                    pass
                    yield '        if '
                    yield str((undefined(name='raw') if l_2_raw is missing else l_2_raw))
                    yield ' not in (UNSET, None):\n'
                else:
                    pass
                    yield '        if '
                    yield str((undefined(name='raw') if l_2_raw is missing else l_2_raw))
                    yield ' is not UNSET:\n'
                yield '            '
                yield str((undefined(name='decode') if l_2_decode is missing else l_2_decode))
                yield '\n'
        l_2_field = l_2_raw = l_2_decode = missing
        yield '        return cls(\n'
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            _loop_vars = {}
            pass
            if (environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model'):
                pass
                yield '            '
                yield str(environment.getattr(l_2_field, 'attribute'))
                yield '=raw_'
                yield str(environment.getattr(l_2_field, 'attribute'))
                yield ',\n'
            else:
                pass
                yield '            '
                yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 12, str_join((environment.getattr(l_2_field, 'attribute'), '=_serde.', ('required' if environment.getattr(l_2_field, 'required') else 'optional'), )), ['obj', environment.getattr(l_2_field, 'wire_name_literal'), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'decoder'), environment.getattr(l_2_field, 'type'), _loop_vars=_loop_vars), 'path'], ',', _loop_vars=_loop_vars))
                yield '\n'
        l_2_field = missing
        yield '            additional_properties=_serde.unknown_properties(obj, cls.wire_names),\n        )\n\n    def to_dict(self) -> dict[str, Any]:\n        """JSON data for this instance: unset fields are left out, ``None`` becomes ``null``."""\n        data: dict[str, Any] = {}\n'
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
                yield '        if '
                yield str((undefined(name='value') if l_2_value is missing else l_2_value))
                yield ' is not UNSET:\n'
            l_2_at = (8 if environment.getattr(l_2_field, 'required') else 12)
            _loop_vars['at'] = l_2_at
            if ((environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model') and environment.getattr(environment.getattr(l_2_field, 'type'), 'nullable')):
                pass
                yield '        '
                yield str((' ' * ((undefined(name='at') if l_2_at is missing else l_2_at) - 8)))
                yield str(context.call((undefined(name='nullable_encoding') if l_0_nullable_encoding is missing else l_0_nullable_encoding), (undefined(name='at') if l_2_at is missing else l_2_at), (undefined(name='target') if l_2_target is missing else l_2_target), (undefined(name='value') if l_2_value is missing else l_2_value), _loop_vars=_loop_vars))
                yield '\n'
            elif (environment.getattr(environment.getattr(environment.getattr(l_2_field, 'type'), 'kind'), 'value') == 'model'):
                pass
                yield '        '
                yield str((' ' * ((undefined(name='at') if l_2_at is missing else l_2_at) - 8)))
                yield str((undefined(name='target') if l_2_target is missing else l_2_target))
                yield str((undefined(name='value') if l_2_value is missing else l_2_value))
                yield '.to_dict()\n'
            else:
                pass
                yield '        '
                yield str((' ' * ((undefined(name='at') if l_2_at is missing else l_2_at) - 8)))
                yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), (undefined(name='at') if l_2_at is missing else l_2_at), str_join(((undefined(name='target') if l_2_target is missing else l_2_target), '_serde.encode', )), [(undefined(name='value') if l_2_value is missing else l_2_value)], _loop_vars=_loop_vars))
                yield '\n'
        l_2_field = l_2_target = l_2_value = l_2_at = missing
        yield '        for key, value in self.additional_properties.items():\n            data.setdefault(key, _serde.encode(value))\n        return data\n'
    l_1_model = missing
    for l_1_alias in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'aliases'):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield str(environment.getattr(l_1_alias, 'name'))
        yield ': TypeAlias = '
        yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'annotation'), environment.getattr(l_1_alias, 'target'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_alias = missing

blocks = {}
debug_info = '1=43&2=45&3=47&11=49&14=52&17=55&18=58&19=61&21=63&24=66&29=70&32=74&33=78&34=81&37=83&38=87&43=93&44=104&45=105&46=106&47=109&48=112&49=115&50=117&51=121&53=127&54=129&55=131&56=135&57=139&60=145&64=149&65=151&66=154&69=157&71=159&72=163&74=170&75=173&82=177&87=179&88=187&89=189&90=191&91=194&93=199&95=201&96=204&98=208&99=211&100=213&101=216&103=221&105=224&109=228&110=231&111=234&113=241&122=245&123=249&124=251&125=253&126=256&128=258&129=260&130=263&131=266&132=269&134=276&141=282&144=286'