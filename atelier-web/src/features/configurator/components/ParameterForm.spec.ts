import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createI18n } from 'vue-i18n'
import ElementPlus from 'element-plus'
import { messages } from '@/i18n/messages'
import type { ParameterDefinition } from '../api'
import ParameterForm from './ParameterForm.vue'
import { defaultValues, enteredValues, parameterErrors } from './parameterValues'

const parameter = (fields: Partial<ParameterDefinition> & Pick<ParameterDefinition, 'code' | 'name' | 'kind'>): ParameterDefinition => ({
  required: false,
  unit: null,
  min: null,
  max: null,
  decimals: null,
  defaultValue: null,
  options: [],
  maxLength: null,
  pattern: null,
  ...fields,
})

const desk: ParameterDefinition[] = [
  parameter({ code: 'width', name: '宽度 Width', kind: 'NUMBER', required: true, unit: 'mm', min: 800, max: 2000 }),
  parameter({
    code: 'material',
    name: '材质 Material',
    kind: 'CHOICE',
    defaultValue: 'oak',
    options: [
      { code: 'walnut', name: '胡桃木 Walnut' },
      { code: 'oak', name: '橡木 Oak' },
    ],
  }),
  parameter({ code: 'drawer', name: '抽屉 Drawer', kind: 'YES_NO', defaultValue: 'true' }),
  parameter({ code: 'note', name: '备注 Note', kind: 'TEXT', maxLength: 20 }),
]

async function render(locale: 'en' | 'zh-CN', values: Record<string, string>, errors: Record<string, string> = {}) {
  const i18n = createI18n({ legacy: false, locale, messages })
  const app = createSSRApp({ render: () => h(ParameterForm, { parameters: desk, modelValue: values, errors }) })
  app.use(i18n).use(ElementPlus)
  return renderToString(app)
}

describe('the parameter form', () => {
  it('shows each parameter with its name, a number with its unit and range', async () => {
    const html = await render('en', defaultValues(desk))

    for (const name of ['宽度 Width', '材质 Material', '抽屉 Drawer', '备注 Note']) expect(html).toContain(name)
    expect(html).toContain('mm')
    expect(html).toContain('800 – 2000 mm')
    expect(html).toContain('el-input-number')
    expect(html).toContain('el-select')
    expect(html).toContain('el-switch')
    expect(html).toContain('maxlength="20"')
  })

  it('says the range in Chinese too', async () => {
    const html = await render('zh-CN', { width: '', material: 'oak', drawer: 'true', note: '' })
    expect(html).toContain('是')
    expect(html).toContain('800 – 2000 mm')
  })

  it('shows the server error at the parameter it names', async () => {
    const errors = parameterErrors([
      { field: 'parameters.width', message: '宽度 Width must be between 800 and 2000 mm' },
      { field: 'bomRules[2].quantity', message: 'divides by zero for these values' },
    ])
    const html = await render('en', defaultValues(desk), errors)

    // the message itself appears with a transition in the browser; server rendering marks the field
    const marked = [...html.matchAll(/<div class="el-form-item is-error[^>]*data-parameter="(\w+)"/g)].map((m) => m[1])
    expect(marked).toEqual(['width'])
    expect(errors).toEqual({ width: '宽度 Width must be between 800 and 2000 mm' })
  })
})

describe('parameter values', () => {
  it('start from the defaults; a yes/no without one is no', () => {
    expect(defaultValues(desk)).toEqual({ width: '', material: 'oak', drawer: 'true', note: '' })
    expect(defaultValues([parameter({ code: 'edge', name: 'Edge', kind: 'YES_NO' })])).toEqual({ edge: 'false' })
  })

  it('are sent without the empty ones, so that defaults apply on the server', () => {
    expect(enteredValues({ width: '1200', note: '' })).toEqual({ width: '1200' })
  })

  it('take the errors of one order line when given its prefix', () => {
    const errors = parameterErrors(
      [
        { field: 'lines[1].parameters.width', message: 'too wide' },
        { field: 'lines[1].parameters.width', message: 'not a number' },
        { field: 'lines[0].parameters.width', message: 'other line' },
      ],
      'lines[1].parameters.',
    )
    expect(errors).toEqual({ width: 'too wide; not a number' })
  })
})
