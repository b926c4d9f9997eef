from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'validators.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_validator_imports = resolve('validator_imports')
    l_0_validator_sections = resolve('validator_sections')
    l_0_validators = resolve('validators')
    l_0_m = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', 'validators.py.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'header'), (undefined(name='package') if l_0_package is missing else l_0_package)))
    yield '\n"""Compiled JSON Schema (2020-12) validators for every component schema of the spec.\n\n``validate_<name>(data)`` returns every error (empty when valid), in a deterministic order;\n``is_valid_<name>(data)`` answers yes or no; ``validate(schema_name, data)`` looks the schema up by\nname. Plain Python: no third-party package and no ``exec`` at run time.\n"""\n\nfrom __future__ import annotations\n\n'
    if ('re' in (undefined(name='validator_imports') if l_0_validator_imports is missing else l_0_validator_imports)):
        pass
        yield 'import re\n'
    yield 'from typing import Any'
    if ('Final' in (undefined(name='validator_imports') if l_0_validator_imports is missing else l_0_validator_imports)):
        pass
        yield ', Final'
    yield '\n\nfrom . import _validation as rt\nfrom ._validation import ValidationError\n'
    l_1_loop = missing
    for l_1_section, l_1_loop in LoopContext((undefined(name='validator_sections') if l_0_validator_sections is missing else l_0_validator_sections), undefined):
        _loop_vars = {}
        pass
        if ((not environment.getattr(l_1_loop, 'first')) or environment.getattr(l_1_section, 'opens_with_definition')):
            pass
            yield '\n'
        yield '\n'
        yield str(environment.getattr(l_1_section, 'text'))
    l_1_loop = l_1_section = missing
    for l_1_entry in environment.getattr((undefined(name='validators') if l_0_validators is missing else l_0_validators), 'entry_points'):
        _loop_vars = {}
        pass
        yield '\n\ndef validate_'
        yield str(environment.getattr(l_1_entry, 'snake_name'))
        yield '(data: Any) -> list[ValidationError]:\n    """Every way ``data`` fails the '
        yield str(environment.getattr(l_1_entry, 'snake_name'))
        yield ' schema (empty when it is valid)."""\n    return rt.run('
        yield str((environment.getattr(l_1_entry, 'function') or 'rt.accept'))
        yield ', data)\n\n\ndef is_valid_'
        yield str(environment.getattr(l_1_entry, 'snake_name'))
        yield '(data: Any) -> bool:\n    """Whether ``data`` is valid against the '
        yield str(environment.getattr(l_1_entry, 'snake_name'))
        yield ' schema (stops at the first error)."""\n    return rt.is_valid('
        yield str((environment.getattr(l_1_entry, 'function') or 'rt.accept'))
        yield ', data)\n'
    l_1_entry = missing
    if ((undefined(name='validator_sections') if l_0_validator_sections is missing else l_0_validator_sections) or environment.getattr((undefined(name='validators') if l_0_validators is missing else l_0_validators), 'entry_points')):
        pass
        yield '\n'
    yield '\n'
    if environment.getattr((undefined(name='validators') if l_0_validators is missing else l_0_validators), 'entry_points'):
        pass
        yield '_VALIDATORS: dict[str, rt.Node] = {\n'
        for l_1_entry in environment.getattr((undefined(name='validators') if l_0_validators is missing else l_0_validators), 'entry_points'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_1_entry, 'schema_name_literal'))
            yield ': '
            yield str((environment.getattr(l_1_entry, 'function') or 'rt.accept'))
            yield ',\n'
        l_1_entry = missing
        yield '}\n'
    else:
        pass
        yield '_VALIDATORS: dict[str, rt.Node] = {}\n'
    yield '\nSCHEMAS: tuple[str, ...] = tuple(_VALIDATORS)\n"""The names of every schema :func:`validate` knows."""\n\n\ndef validate(schema_name: str, data: Any) -> list[ValidationError]:\n    """Every way ``data`` fails the named component schema; ``KeyError`` for an unknown name."""\n    try:\n        node = _VALIDATORS[schema_name]\n    except KeyError:\n        known = ", ".join(SCHEMAS)\n        raise KeyError(f"unknown schema {schema_name!r}; known schemas: {known}") from None\n    return rt.run(node, data)\n'

blocks = {}
debug_info = '1=16&2=18&12=20&15=24&20=29&21=32&25=36&27=38&30=42&31=44&32=46&35=48&36=50&37=52&39=55&43=59&45=62&46=66'