import { request, type Query } from '@/shared/api/http'
import { resourceApi, type BaseRecord, type Page } from '@/shared/api/resource'

export const PARAMETER_KINDS = ['NUMBER', 'CHOICE', 'TEXT', 'YES_NO'] as const
export type ParameterKind = (typeof PARAMETER_KINDS)[number]
export const FAMILY_RULE_KINDS = ['ITEM', 'FIXED', 'BY_CHOICE', 'FORMULA'] as const
export type FamilyRuleKind = (typeof FAMILY_RULE_KINDS)[number]
export type VersionStatus = 'DRAFT' | 'RELEASED' | 'RETIRED'
export const TEMPLATE_STATUSES = ['RELEASED', 'DRAFT', 'RETIRED'] as const

export interface ParameterOption {
  code: string
  name: string
}

/** A parameter (ParameterDefinition); which fields apply depends on `kind`. */
export interface ParameterDefinition {
  code: string
  name: string
  kind: ParameterKind
  required: boolean
  unit: string | null
  min: number | null
  max: number | null
  decimals: number | null
  /** Written as values are entered: `1200`, `oak`, `true`. */
  defaultValue: string | null
  options: ParameterOption[]
  maxLength: number | null
  pattern: string | null
}

export interface FamilyMapping {
  optionCode: string
  familyId: number | null
}

export interface FamilyRule {
  kind: FamilyRuleKind
  familyId: number | null
  parameterCode: string | null
  mappings: FamilyMapping[]
  formula: string | null
}

/** Quantity per unit of the product by formula; left out when the condition is false. */
export interface BomRule {
  componentItemId: number | null
  quantity: string
  condition: string | null
  scrapFactor: number
}

export interface StepRule {
  stepNo: number | null
  condition: string | null
  runMinutes: string | null
}

/** What the template editor sends: the names and the draft version's content. */
export interface ProductTemplateDraft {
  code: string
  name: string
  description: string | null
  itemId: number | null
  familyRule: FamilyRule
  parameters: ParameterDefinition[]
  bomRules: BomRule[]
  stepRules: StepRule[]
}

export interface BomRuleView extends BomRule {
  componentCode: string | null
  componentName: string | null
  componentUnit: string | null
}

export interface StepRuleView extends StepRule {
  stepName: string | null
}

export interface TemplateVersion {
  number: number
  status: VersionStatus
  itemId: number
  itemCode: string | null
  itemName: string | null
  familyRule: FamilyRule & { familyCode: string | null }
  parameters: ParameterDefinition[]
  bomRules: BomRuleView[]
  stepRules: StepRuleView[]
  releasedAt: string | null
  retiredAt: string | null
}

export interface ProductTemplate extends BaseRecord {
  code: string
  name: string
  description: string | null
  status: VersionStatus
  currentVersion: number | null
  draftVersion: number | null
  /** Newest first. */
  versions: TemplateVersion[]
}

export interface ProductTemplateSummary extends BaseRecord {
  code: string
  name: string
  description: string | null
  status: VersionStatus
  currentVersion: number | null
  draftVersion: number | null
  itemCode: string | null
  itemName: string | null
}

export interface ConfiguredComponent {
  itemCode: string
  itemName: string | null
  unit: string | null
  quantityPerUnit: number
  scrapFactor: number
}

export interface ConfiguredStep {
  stepNo: number
  name: string | null
  /** Null: the routing's own times. */
  runMinutesPerUnit: number | null
}

export interface ConfigurationView {
  templateCode: string
  templateVersion: number
  itemCode: string
  itemName: string | null
  productFamilyCode: string | null
  values: Record<string, string>
  components: ConfiguredComponent[]
  steps: ConfiguredStep[]
}

const PATH = '/api/product-templates'

export const templateApi = resourceApi<ProductTemplate, ProductTemplateDraft>(PATH)

export const listTemplates = (params: Query) => request<Page<ProductTemplateSummary>>('GET', PATH, { query: params })

export const newTemplateVersion = (id: number, version: number) =>
  request<ProductTemplate>('POST', `${PATH}/${id}/versions`, { query: { version } })

export const releaseTemplateVersion = (id: number, number: number, version: number) =>
  request<ProductTemplate>('POST', `${PATH}/${id}/versions/${number}/release`, { query: { version } })

export const retireTemplateVersion = (id: number, number: number, version: number) =>
  request<ProductTemplate>('POST', `${PATH}/${id}/versions/${number}/retire`, { query: { version } })

export const deleteTemplateVersion = (id: number, number: number, version: number) =>
  request<ProductTemplate>('DELETE', `${PATH}/${id}/versions/${number}`, { query: { version } })

/** Tries a version out (the current released one when `version` is null; a draft by its number). */
export const configureTemplate = (code: string, version: number | null, values: Record<string, string>) =>
  request<ConfigurationView>('POST', `${PATH}/${encodeURIComponent(code)}/configure`, { body: { version, values } })

/** The template with this exact code (the list's search also matches other codes), undefined when there is none. */
export async function findTemplate(code: string): Promise<ProductTemplate | undefined> {
  const found = (await listTemplates({ q: code, size: 20, page: 0 })).items.find((template) => template.code === code)
  return found ? templateApi.get(found.id) : undefined
}
