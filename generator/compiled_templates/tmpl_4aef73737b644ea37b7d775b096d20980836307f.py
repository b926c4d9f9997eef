from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_model_sections = resolve('model_sections')
    l_0_m = l_0_typing_names = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
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
        yield str(t_1(context.eval_ctx, (undefined(name='typing_names') if l_0_typing_names is missing else l_0_typing_names), ', '))
        yield '\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models'):
        pass
        yield '\nfrom . import _serde\n'
        if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'models_use_unset'):
            pass
            yield 'from ._serde import UNSET, Unset\n'
    yield '\n'
    for l_1_section in (undefined(name='model_sections') if l_0_model_sections is missing else l_0_model_sections):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield str(environment.getattr(l_1_section, 'text'))
    l_1_section = missing
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
debug_info = '1=20&2=22&3=24&11=26&14=29&17=32&18=35&19=38&21=40&24=43&29=47&32=51&34=53&37=57'