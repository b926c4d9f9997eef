from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_m = l_0_typing_names = missing
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
        yield ':\n        """Build an instance from JSON data; ``path`` is the JSON pointer of ``data`` in errors."""\n        obj = _serde.expect_object(data, path)\n        return cls(\n'
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 12, str_join((environment.getattr(l_2_field, 'attribute'), '=_serde.', ('required' if environment.getattr(l_2_field, 'required') else 'optional'), )), ['obj', environment.getattr(l_2_field, 'wire_name_literal'), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'decoder'), environment.getattr(l_2_field, 'type'), _loop_vars=_loop_vars), 'path'], ',', _loop_vars=_loop_vars))
            yield '\n'
        l_2_field = missing
        yield '            additional_properties=_serde.unknown_properties(obj, cls.wire_names),\n        )\n\n    def to_dict(self) -> dict[str, Any]:\n        """JSON data for this instance: unset fields are left out, ``None`` becomes ``null``."""\n        data: dict[str, Any] = {}\n'
        for l_2_field in environment.getattr(l_1_model, 'fields'):
            l_2_encode = missing
            _loop_vars = {}
            pass
            l_2_encode = str_join(('data[', environment.getattr(l_2_field, 'wire_name_literal'), '] = _serde.encode', ))
            _loop_vars['encode'] = l_2_encode
            if environment.getattr(l_2_field, 'required'):
                pass
                yield '        '
                yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 8, (undefined(name='encode') if l_2_encode is missing else l_2_encode), [str_join(('self.', environment.getattr(l_2_field, 'attribute'), ))], _loop_vars=_loop_vars))
                yield '\n'
            else:
                pass
                yield '        if self.'
                yield str(environment.getattr(l_2_field, 'attribute'))
                yield ' is not UNSET:\n            '
                yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 12, (undefined(name='encode') if l_2_encode is missing else l_2_encode), [str_join(('self.', environment.getattr(l_2_field, 'attribute'), ))], _loop_vars=_loop_vars))
                yield '\n'
        l_2_field = l_2_encode = missing
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
debug_info = '1=37&2=39&3=41&11=43&14=46&17=49&18=52&19=55&21=57&24=60&29=64&32=68&33=72&34=75&37=77&38=81&41=87&45=91&46=93&47=96&50=99&52=101&53=105&55=112&56=115&63=119&67=121&68=125&76=129&77=133&78=135&79=138&81=143&82=145&89=150&92=154'