from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '__init__.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    l_0_m = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.jinja', '__init__.py.jinja')._get_default_module(context)
    context.exported_vars.discard('m')
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'header'), (undefined(name='package') if l_0_package is missing else l_0_package)))
    yield '\n"""'
    yield str(environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'title_doc'))
    yield '\n\nTyped models for the API. Importing this package loads the standard library only.\n"""\n\nfrom ._serde import UNSET, DecodeError, Unset\n'
    if environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'public_names'):
        pass
        yield 'from .models import (\n'
        for l_1_name in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'public_names'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_name)
            yield ',\n'
        l_1_name = missing
        yield ')\n'
    yield '\nSPEC_SHA256 = "'
    yield str(environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'spec_sha256'))
    yield '"\n"""The SHA-256 (hex) of the spec this package was generated from: which spec the code describes."""\n\n__all__ = [\n    "SPEC_SHA256",\n'
    for l_1_name in environment.getattr((undefined(name='package') if l_0_package is missing else l_0_package), 'exported_names'):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n'

blocks = {}
debug_info = '1=13&2=15&3=17&9=19&11=22&12=26&17=31&22=33&23=37'