from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = l_0_annotation = l_0_decoder = l_0_plain_decoder = l_0_import_list = l_0_wrapped = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['width']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'width' found.")
    pass
    def macro(l_1_package, l_1_comment):
        t_3 = []
        if l_1_package is missing:
            l_1_package = undefined("parameter 'package' was not provided", name='package')
        if l_1_comment is missing:
            l_1_comment = '#'
        pass
        t_3.extend((
            str(l_1_comment),
            ' ',
            str(environment.getattr(l_1_package, 'notice')),
        ))
        return concat(t_3)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('package', 'comment'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_type):
        t_4 = []
        if l_1_type is missing:
            l_1_type = undefined("parameter 'type' was not provided", name='type')
        pass
        if (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'list'):
            pass
            t_4.extend((
                'list[',
                str(context.call((undefined(name='annotation') if l_0_annotation is missing else l_0_annotation), environment.getattr(l_1_type, 'item'))),
                ']',
            ))
        elif (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'map'):
            pass
            t_4.extend((
                'dict[str, ',
                str(context.call((undefined(name='annotation') if l_0_annotation is missing else l_0_annotation), environment.getattr(l_1_type, 'item'))),
                ']',
            ))
        elif (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'any'):
            pass
            t_4.append(
                'Any',
            )
        else:
            pass
            t_4.append(
                str(environment.getattr(l_1_type, 'name')),
            )
        if (environment.getattr(l_1_type, 'nullable') and (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') != 'any')):
            pass
            t_4.append(
                ' | None',
            )
        return concat(t_4)
    context.exported_vars.add('annotation')
    context.vars['annotation'] = l_0_annotation = Macro(environment, macro, 'annotation', ('type',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_type):
        t_5 = []
        if l_1_type is missing:
            l_1_type = undefined("parameter 'type' was not provided", name='type')
        pass
        if (environment.getattr(l_1_type, 'nullable') and (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') != 'any')):
            pass
            t_5.extend((
                '_serde.decode_nullable(',
                str(context.call((undefined(name='plain_decoder') if l_0_plain_decoder is missing else l_0_plain_decoder), l_1_type)),
                ')',
            ))
        else:
            pass
            t_5.append(
                str(context.call((undefined(name='plain_decoder') if l_0_plain_decoder is missing else l_0_plain_decoder), l_1_type)),
            )
        return concat(t_5)
    context.exported_vars.add('decoder')
    context.vars['decoder'] = l_0_decoder = Macro(environment, macro, 'decoder', ('type',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_type):
        t_6 = []
        if l_1_type is missing:
            l_1_type = undefined("parameter 'type' was not provided", name='type')
        pass
        if (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'list'):
            pass
            t_6.extend((
                '_serde.decode_list(',
                str(context.call((undefined(name='decoder') if l_0_decoder is missing else l_0_decoder), environment.getattr(l_1_type, 'item'))),
                ')',
            ))
        elif (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'map'):
            pass
            t_6.extend((
                '_serde.decode_map(',
                str(context.call((undefined(name='decoder') if l_0_decoder is missing else l_0_decoder), environment.getattr(l_1_type, 'item'))),
                ')',
            ))
        elif (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'any'):
            pass
            t_6.append(
                '_serde.decode_any',
            )
        elif (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'model'):
            pass
            t_6.extend((
                str(environment.getattr(l_1_type, 'name')),
                '.from_dict',
            ))
        elif (environment.getattr(environment.getattr(l_1_type, 'kind'), 'value') == 'enum'):
            pass
            t_6.extend((
                '_serde.decode_enum(',
                str(environment.getattr(l_1_type, 'name')),
                ')',
            ))
        else:
            pass
            t_6.extend((
                '_serde.decode_',
                str(environment.getattr(l_1_type, 'name')),
            ))
        return concat(t_6)
    context.exported_vars.add('plain_decoder')
    context.vars['plain_decoder'] = l_0_plain_decoder = Macro(environment, macro, 'plain_decoder', ('type',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_module, l_1_names):
        t_7 = []
        if l_1_module is missing:
            l_1_module = undefined("parameter 'module' was not provided", name='module')
        if l_1_names is missing:
            l_1_names = undefined("parameter 'names' was not provided", name='names')
        pass
        t_7.extend((
            'from ',
            str(l_1_module),
            ' import (\n',
        ))
        for l_2_name in l_1_names:
            _loop_vars = {}
            pass
            t_7.extend((
                '    ',
                str(l_2_name),
                ',\n',
            ))
        l_2_name = missing
        t_7.append(
            ')',
        )
        return concat(t_7)
    context.exported_vars.add('import_list')
    context.vars['import_list'] = l_0_import_list = Macro(environment, macro, 'import_list', ('module', 'names'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_indent, l_1_head, l_1_items, l_1_tail, l_1_brackets, l_1_inner, l_1_relative):
        t_8 = []
        l_1_line_length = resolve('line_length')
        l_1_pad = resolve('pad')
        l_1_step = resolve('step')
        l_1_one_line = missing
        if l_1_indent is missing:
            l_1_indent = undefined("parameter 'indent' was not provided", name='indent')
        if l_1_head is missing:
            l_1_head = undefined("parameter 'head' was not provided", name='head')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_tail is missing:
            l_1_tail = ''
        if l_1_brackets is missing:
            l_1_brackets = '()'
        if l_1_inner is missing:
            l_1_inner = ''
        if l_1_relative is missing:
            l_1_relative = False
        pass
        l_1_one_line = str_join((l_1_head, environment.getitem(l_1_brackets, 0), l_1_inner[:1], t_1(context.eval_ctx, l_1_items, ', '), l_1_inner[1:], environment.getitem(l_1_brackets, 1), l_1_tail, ))
        if ((not l_1_items) or ((l_1_indent + t_2((undefined(name='one_line') if l_1_one_line is missing else l_1_one_line))) <= (undefined(name='line_length') if l_1_line_length is missing else l_1_line_length))):
            pass
            t_8.append(
                str((undefined(name='one_line') if l_1_one_line is missing else l_1_one_line)),
            )
        else:
            pass
            l_1_pad = ('' if l_1_relative else (' ' * l_1_indent))
            l_1_step = ('    ' if l_1_inner else '')
            t_8.extend((
                str(l_1_head),
                str(environment.getitem(l_1_brackets, 0)),
                '\n',
            ))
            if l_1_inner:
                pass
                t_8.extend((
                    str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                    '    ',
                    str(environment.getitem(l_1_inner, 0)),
                    '\n',
                ))
            for l_2_item in l_1_items:
                _loop_vars = {}
                pass
                t_8.extend((
                    str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                    str((undefined(name='step') if l_1_step is missing else l_1_step)),
                    '    ',
                    str(l_2_item),
                    ',\n',
                ))
            l_2_item = missing
            if l_1_inner:
                pass
                t_8.extend((
                    str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                    '    ',
                    str(environment.getitem(l_1_inner, 1)),
                    '\n',
                ))
            t_8.extend((
                str((undefined(name='pad') if l_1_pad is missing else l_1_pad)),
                str(environment.getitem(l_1_brackets, 1)),
                str(l_1_tail),
            ))
        return concat(t_8)
    context.exported_vars.add('wrapped')
    context.vars['wrapped'] = l_0_wrapped = Macro(environment, macro, 'wrapped', ('indent', 'head', 'items', 'tail', 'brackets', 'inner', 'relative'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=24&4=32&8=39&9=44&10=51&11=58&12=66&14=68&18=76&19=81&20=91&24=96&25=101&26=108&27=115&28=120&29=126&30=137&37=142&38=151&39=154&40=159&52=169&53=190&54=191&55=194&57=198&58=199&59=201&60=205&61=208&63=213&64=217&66=224&67=227&69=233'