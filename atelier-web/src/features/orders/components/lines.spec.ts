import { describe, expect, it } from 'vitest'
import { fieldErrorMap } from '@/shared/form/formErrors'
import type { OrderLineDraft } from '../api'
import { lineErrors, parameterSummary, productLabel } from './lines'

const configured: OrderLineDraft = {
  lineNo: 1,
  templateCode: 'TPL-DESK',
  templateVersion: 2,
  parameters: { width: '1200', material: 'oak' },
  itemCode: 'PRD-DESK-1200',
  quantity: 2,
  dueDate: null,
}

describe('order lines', () => {
  it('name a configured line by its template version and a catalog line by its item', () => {
    expect(productLabel(configured)).toBe('TPL-DESK v2')
    expect(productLabel({ ...configured, templateCode: null, templateVersion: null, parameters: {} })).toBe('PRD-DESK-1200')
    expect(parameterSummary(configured)).toBe('width=1200; material=oak')
  })

  it('show parameter values by name, in the template order, with units, option names and yes/no', () => {
    const definition = (code: string, name: string, kind: 'NUMBER' | 'CHOICE' | 'YES_NO', more = {}) => ({
      code, name, kind, required: false, unit: null, min: null, max: null, decimals: null, defaultValue: null,
      options: [], maxLength: null, pattern: null, ...more,
    })
    const parameters = [
      definition('material', '材质 Material', 'CHOICE', { options: [{ code: 'oak', name: '橡木纹 Oak' }] }),
      definition('width', '宽度 Width', 'NUMBER', { unit: 'mm' }),
      definition('edge', '圆角', 'YES_NO'),
    ]
    const line = { ...configured, parameters: { width: '1200', material: 'oak', edge: 'true', legacy: 'x' } }
    expect(parameterSummary(line, parameters, { yes: '是', no: '否' })).toBe(
      '材质 Material 橡木纹 Oak; 宽度 Width 1200 mm; 圆角 是; legacy=x',
    )
  })

  it('show the server errors of a line at that line, keyed as the line dialog names its fields', () => {
    const errors = fieldErrorMap([
      { field: 'lines[1].parameters.width', message: '宽度 Width must be between 800 and 2000 mm' },
      { field: 'lines[1].quantity', message: 'must be more than 0' },
      { field: 'lines[10].itemCode', message: 'unknown' },
      { field: 'customerId', message: 'is required' },
    ])
    expect(lineErrors(errors, 1)).toEqual({
      'parameters.width': '宽度 Width must be between 800 and 2000 mm',
      quantity: 'must be more than 0',
    })
    expect(lineErrors(errors, 0)).toEqual({})
  })
})
