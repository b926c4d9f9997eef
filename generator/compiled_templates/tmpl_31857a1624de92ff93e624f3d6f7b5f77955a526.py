from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models_enum.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_enum_class = missing
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    pass
    def macro(l_1_enum):
        t_2 = []
        if l_1_enum is missing:
            l_1_enum = undefined("parameter 'enum' was not provided", name='enum')
        pass
        t_2.extend((
            '\n\nclass ',
            str(environment.getattr(l_1_enum, 'class_name')),
            '(',
            str(environment.getattr(l_1_enum, 'base')),
            ', enum.Enum):\n',
        ))
        if environment.getattr(l_1_enum, 'doc'):
            pass
            t_2.extend((
                '    """',
                str(t_1(environment.getattr(l_1_enum, 'doc'), 4)),
                '"""\n\n',
            ))
        for l_2_member in environment.getattr(l_1_enum, 'members'):
            _loop_vars = {}
            pass
            t_2.extend((
                '    ',
                str(environment.getattr(l_2_member, 'name')),
                ' = ',
                str(environment.getattr(l_2_member, 'value_literal')),
                '\n',
            ))
        l_2_member = missing
        return concat(t_2)
    context.exported_vars.add('enum_class')
    context.vars['enum_class'] = l_0_enum_class = Macro(environment, macro, 'enum_class', ('enum',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=18&6=25&7=30&8=34&11=37&12=42'