from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'operations.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_m = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', 'operations.py.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'header'), (undefined(name='package') if l_0_package is missing else l_0_package)))
    yield '\n"""The HTTP operations of the spec, as data: method, path, parameters and body/response decoders.\n\nClients and validators read these instead of repeating the spec by hand.\n"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Callable, Mapping\nfrom dataclasses import dataclass\nfrom typing import Any\n\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operations_use_serde'):
        pass
        yield 'from . import _serde\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operation_model_names'):
        pass
        yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'import_list'), '.models', environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operation_model_names')))
        yield '\n'
    yield '\n\n@dataclass(frozen=True, slots=True)\nclass ParameterInfo:\n    """A path, query or header parameter."""\n\n    wire_name: str\n    attribute: str\n    location: str\n    required: bool\n\n\n@dataclass(frozen=True, slots=True)\nclass OperationInfo:\n    """One operation; decoders turn JSON data into the body or response type."""\n\n    operation_id: str\n    method: str\n    path: str\n    parameters: tuple[ParameterInfo, ...]\n    body_required: bool\n    body_decoder: Callable[[Any, str], Any] | None\n    #: status code (or ``"default"``) → decoder of its JSON body, ``None`` when it has none.\n    response_decoders: Mapping[str, Callable[[Any, str], Any] | None]\n'
    for l_1_operation in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operations'):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield str(environment.getattr(l_1_operation, 'constant_name'))
        yield ' = OperationInfo(\n    operation_id='
        yield str(environment.getattr(l_1_operation, 'operation_id_literal'))
        yield ',\n    method='
        yield str(environment.getattr(l_1_operation, 'method_literal'))
        yield ',\n    path='
        yield str(environment.getattr(l_1_operation, 'path_literal'))
        yield ',\n'
        if (not environment.getattr(l_1_operation, 'parameters')):
            pass
            yield '    parameters=(),\n'
        else:
            pass
            yield '    parameters=(\n'
            for l_2_parameter in environment.getattr(l_1_operation, 'parameters'):
                _loop_vars = {}
                pass
                yield '        ParameterInfo(\n            wire_name='
                yield str(environment.getattr(l_2_parameter, 'wire_name_literal'))
                yield ',\n            attribute="'
                yield str(environment.getattr(l_2_parameter, 'attribute'))
                yield '",\n            location="'
                yield str(environment.getattr(l_2_parameter, 'location'))
                yield '",\n            required='
                yield str(environment.getattr(l_2_parameter, 'required'))
                yield ',\n        ),\n'
            l_2_parameter = missing
            yield '    ),\n'
        yield '    body_required='
        yield str(environment.getattr(l_1_operation, 'body_required'))
        yield ',\n    body_decoder='
        if environment.getattr(l_1_operation, 'body'):
            pass
            yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'decoder'), environment.getattr(l_1_operation, 'body'), _loop_vars=_loop_vars))
        else:
            pass
            yield 'None'
        yield ',\n'
        if (not environment.getattr(l_1_operation, 'responses')):
            pass
            yield '    response_decoders={},\n'
        else:
            pass
            yield '    response_decoders={\n'
            for l_2_response in environment.getattr(l_1_operation, 'responses'):
                _loop_vars = {}
                pass
                yield '        '
                yield str(environment.getattr(l_2_response, 'status_literal'))
                yield ': '
                if environment.getattr(l_2_response, 'type'):
                    pass
                    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'decoder'), environment.getattr(l_2_response, 'type'), _loop_vars=_loop_vars))
                else:
                    pass
                    yield 'None'
                yield ',\n'
            l_2_response = missing
            yield '    },\n'
        yield ')\n'
        if environment.getattr(l_1_operation, 'doc'):
            pass
            yield '"""'
            yield str(environment.getattr(l_1_operation, 'doc'))
            yield '"""\n'
    l_1_operation = missing
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 0, 'OPERATIONS: Mapping[str, OperationInfo] = ', t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operations'), attribute='registry_entry')), brackets='{}'))
    yield '\n"""Every operation by its ``operationId``."""\n'

blocks = {}
debug_info = '1=25&2=27&14=29&17=32&18=34&44=37&47=41&48=43&49=45&50=47&51=49&55=55&57=59&58=61&59=63&60=65&65=70&66=72&67=79&71=85&72=89&77=101&78=104&83=108'