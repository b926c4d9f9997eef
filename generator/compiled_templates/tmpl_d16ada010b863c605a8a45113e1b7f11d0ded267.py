from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_m = l_0_signature = l_0_call = missing
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
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', 'client.py.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'header'), (undefined(name='package') if l_0_package is missing else l_0_package)))
    yield '\n"""Sync and async clients for the spec\'s operations, built on httpx.\n\n``pip install \''
    yield str(environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'name'))
    yield '[client]\'`` brings httpx; the models and validators do not need it.\nEach method validates the body before sending (``validate=False`` turns that off), signs or\nauthenticates the request, retries connection errors, 429 and 5xx with backoff, and returns the\ndecoded success response or raises a typed :class:`ApiError`.\n"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_takes_mappings'):
        pass
        yield 'from typing import Any\n'
    yield '\nimport httpx\n\nfrom . import _http'
    yield str((', _serde' if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_uses_serde') else ''))
    yield str((', validators' if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_validates') else ''))
    yield '\nfrom ._http import (\n'
    for l_1_name in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_runtime_names'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_model_names'):
        pass
        yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'import_list'), '.models', environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_model_names')))
        yield '\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operations'):
        pass
        yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'import_list'), '.operations', t_3(context, environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operations'), attribute='constant_name')))
        yield '\n'
    yield '\n__all__ = [\n'
    for l_1_name in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_exports'):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n\n'
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 0, 'REGIONS: Mapping[str, str] = ', t_2(context.eval_ctx, t_3(context, environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'regions'), attribute='entry')), brackets='{}'))
    yield '\n"""Region id → endpoint, for ``region=``."""\n\nDEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)\n\n\ndef _core(\n    endpoint: str | None,\n    region: str | None,\n    credentials: Credentials | None,\n    max_retries: int,\n    validate: bool,\n) -> _http.ClientCore:\n    return _http.ClientCore(\n        endpoint=_http.resolve_endpoint(endpoint, region, REGIONS),\n        credentials=credentials,\n        retry=RetryPolicy(max_retries=max_retries),\n        validate=validate,\n        regions=REGIONS,\n    )\n\n'
    def macro(l_1_operation):
        t_5 = []
        l_1_keyword_parameters = missing
        if l_1_operation is missing:
            l_1_operation = undefined("parameter 'operation' was not provided", name='operation')
        pass
        l_1_keyword_parameters = t_2(context.eval_ctx, t_4(context, environment.getattr(l_1_operation, 'parameters'), 'location', 'in', ['query', 'header']))
        t_5.append(
            'self,\n',
        )
        def t_6(fiter):
            for l_2_parameter in fiter:
                if (environment.getattr(l_2_parameter, 'location') == 'path'):
                    yield l_2_parameter
        for l_2_parameter in t_6(environment.getattr(l_1_operation, 'parameters')):
            _loop_vars = {}
            pass
            t_5.extend((
                '    ',
                str(environment.getattr(l_2_parameter, 'attribute')),
                ': str,\n',
            ))
        l_2_parameter = missing
        if environment.getattr(l_1_operation, 'body'):
            pass
            t_5.extend((
                '    body: ',
                str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'annotation'), environment.getattr(l_1_operation, 'body'))),
            ))
            if (environment.getattr(environment.getattr(environment.getattr(l_1_operation, 'body'), 'kind'), 'value') == 'model'):
                pass
                t_5.append(
                    ' | Mapping[str, Any]',
                )
            if (not environment.getattr(l_1_operation, 'body_required')):
                pass
                t_5.append(
                    ' | None = None',
                )
            t_5.append(
                ',\n',
            )
        if (undefined(name='keyword_parameters') if l_1_keyword_parameters is missing else l_1_keyword_parameters):
            pass
            t_5.append(
                '    *,\n',
            )
        for l_2_parameter in (undefined(name='keyword_parameters') if l_1_keyword_parameters is missing else l_1_keyword_parameters):
            _loop_vars = {}
            pass
            t_5.extend((
                '    ',
                str(environment.getattr(l_2_parameter, 'attribute')),
                ': ',
                str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'annotation'), environment.getattr(l_2_parameter, 'type'), _loop_vars=_loop_vars)),
            ))
            if (not environment.getattr(l_2_parameter, 'required')):
                pass
                t_5.append(
                    ' | None = None',
                )
            t_5.append(
                ',\n',
            )
        l_2_parameter = missing
        t_5.append(
            ') -> ',
        )
        if (environment.getattr(l_1_operation, 'success') and environment.getattr(environment.getattr(l_1_operation, 'success'), 'type')):
            pass
            t_5.append(
                str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'annotation'), environment.getattr(environment.getattr(l_1_operation, 'success'), 'type'))),
            )
        else:
            pass
            t_5.append(
                'None',
            )
        return concat(t_5)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('operation',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_operation):
        t_7 = []
        if l_1_operation is missing:
            l_1_operation = undefined("parameter 'operation' was not provided", name='operation')
        pass
        t_7.extend((
            'self._core.prepare(\n    ',
            str(environment.getattr(l_1_operation, 'constant_name')),
            ',\n',
        ))
        for l_2_location in ('path', 'query', 'header'):
            _loop_vars = {}
            pass
            t_7.extend((
                '    ',
                str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'wrapped'), 16, '', t_2(context.eval_ctx, t_3(context, t_4(context, environment.getattr(l_1_operation, 'parameters'), 'location', 'equalto', l_2_location), attribute='argument_entry')), ',', brackets='{}', _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_location = missing
        t_7.extend((
            '    ',
            str(('body' if environment.getattr(l_1_operation, 'body') else 'None')),
            ',\n    ',
            str((str_join(('validators.', environment.getattr(l_1_operation, 'body_validator'), )) if environment.getattr(l_1_operation, 'body_validator') else 'None')),
            ',\n),\n',
        ))
        if (environment.getattr(l_1_operation, 'success') and environment.getattr(environment.getattr(l_1_operation, 'success'), 'type')):
            pass
            t_7.extend((
                str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'decoder'), environment.getattr(environment.getattr(l_1_operation, 'success'), 'type'))),
                ',',
            ))
        else:
            pass
            t_7.append(
                '_http.ignore_body,',
            )
        return concat(t_7)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('operation',), False, False, False, context.eval_ctx.autoescape)
    for l_1_flavour in ('sync', 'async'):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        if (l_1_flavour == 'async'):
            pass
            yield 'Async'
        yield str(environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'client_name'))
        yield 'Client(_http.'
        if (l_1_flavour == 'async'):
            pass
            yield 'AsyncBase'
        else:
            pass
            yield 'SyncBase'
        yield '):\n    """'
        if (l_1_flavour == 'async'):
            pass
            yield 'Asynchronous'
        else:
            pass
            yield 'Synchronous'
        yield ' client: pass ``endpoint=`` or ``region=``, and ``credentials=``.\n\n    ``http_client`` (an httpx '
        if (l_1_flavour == 'async'):
            pass
            yield '``AsyncClient``'
        else:
            pass
            yield '``Client``'
        yield ') or ``transport`` may be injected; TLS\n    verification and timeouts are on by default.\n    """\n\n    def __init__(\n        self,\n        *,\n        endpoint: str | None = None,\n        region: str | None = None,\n        credentials: Credentials | None = None,\n        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = 3,\n        validate: bool = True,\n        verify: bool = True,\n        transport: '
        if (l_1_flavour == 'async'):
            pass
            yield 'httpx.AsyncBaseTransport'
        else:
            pass
            yield 'httpx.BaseTransport'
        yield ' | None = None,\n        http_client: '
        if (l_1_flavour == 'async'):
            pass
            yield 'httpx.AsyncClient'
        else:
            pass
            yield 'httpx.Client'
        yield ' | None = None,\n    ) -> None:\n        self._core = _core(endpoint, region, credentials, max_retries, validate)\n        self._http = http_client or httpx.'
        if (l_1_flavour == 'async'):
            pass
            yield 'AsyncClient'
        else:
            pass
            yield 'Client'
        yield '(\n            timeout=timeout, verify=verify, transport=transport\n        )\n\n    def __repr__(self) -> str:\n        name, core = type(self).__name__, self._core\n        return f"{name}(endpoint={core.endpoint!r}, credentials={core.credentials!r})"\n'
        for l_2_operation in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'operations'):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(('async ' if (l_1_flavour == 'async') else ''))
            yield 'def '
            yield str(environment.getattr(l_2_operation, 'function_name'))
            yield '(\n        '
            yield str(t_1(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_2_operation, _loop_vars=_loop_vars), 4))
            yield ':\n'
            if environment.getattr(l_2_operation, 'doc'):
                pass
                yield '        """'
                yield str(t_1(environment.getattr(l_2_operation, 'doc'), 8))
                yield '"""\n'
            yield '        return '
            if (l_1_flavour == 'async'):
                pass
                yield 'await '
            yield 'self._send(\n            '
            yield str(t_1(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_2_operation, _loop_vars=_loop_vars), 12))
            yield '\n        )\n'
        l_2_operation = missing
    l_1_flavour = missing

blocks = {}
debug_info = '1=37&2=39&5=41&14=43&20=47&22=50&23=54&26=58&27=60&29=62&30=64&34=67&35=71&39=75&60=77&61=83&63=87&64=96&66=100&67=104&69=119&72=124&73=129&75=145&77=158&79=165&80=168&81=173&83=179&84=181&86=184&87=187&92=198&95=202&96=214&98=221&112=228&113=235&116=242&123=249&125=253&126=257&127=259&128=262&130=265&131=269'