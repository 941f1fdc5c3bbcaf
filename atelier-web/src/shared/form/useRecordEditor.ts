import { computed, ref, shallowRef, useTemplateRef, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessageBox, type FormInstance } from 'element-plus'
import { isApiError } from '../api/problem'
import type { BaseRecord, ResourceApi } from '../api/resource'
import { confirmDelete } from '../ui/confirm'
import { notifyError, notifySuccess } from '../ui/notify'
import { useFormErrors } from './formErrors'

export interface RecordEditorOptions<T extends BaseRecord, D> {
  api: ResourceApi<T, D>
  /** A blank draft for a new record. */
  empty: () => D
  /** The editable part of a loaded record. */
  toDraft: (record: T) => D
  /** Route names of the list and of this editor (whose `id` param is a number or `new`). */
  routes: { list: string; record: string }
}

/**
 * Loading, saving and deleting one record of a resource: the route's `id` param picks the record,
 * server field errors land on the form items, and a stale version offers a reload.
 */
export function useRecordEditor<T extends BaseRecord, D>(options: RecordEditorOptions<T, D>) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const record = shallowRef<T>()
  const draft = ref(options.empty()) as Ref<D>
  // The page's <el-form ref="form">.
  const form = useTemplateRef<FormInstance>('form')
  const reason = ref('')
  const loading = ref(false)
  const saving = ref(false)
  const errors = useFormErrors()

  const id = computed(() => {
    const param = route.params.id
    return route.name === options.routes.record && typeof param === 'string' && param !== 'new' ? Number(param) : undefined
  })

  async function load(): Promise<void> {
    errors.clear()
    reason.value = ''
    if (id.value === undefined) {
      record.value = undefined
      draft.value = options.empty()
      return
    }
    loading.value = true
    try {
      show(await options.api.get(id.value))
    } catch (error) {
      notifyError(error)
    } finally {
      loading.value = false
    }
  }

  function show(saved: T): void {
    record.value = saved
    draft.value = options.toDraft(saved)
    form.value?.clearValidate()
  }

  async function save(): Promise<void> {
    const valid = await form.value?.validate().catch(() => false)
    if (!valid) return
    saving.value = true
    errors.clear()
    const existing = record.value
    try {
      const saved = existing
        ? await options.api.update(existing.id, draft.value, existing.version, reason.value)
        : await options.api.create(draft.value, reason.value)
      show(saved)
      reason.value = ''
      notifySuccess(t('common.messages.saved'))
      if (!existing) {
        await router.replace({ name: options.routes.record, params: { id: saved.id } })
      }
    } catch (error) {
      saving.value = false
      await handleSaveError(error, existing !== undefined)
    } finally {
      saving.value = false
    }
  }

  async function handleSaveError(error: unknown, updating: boolean): Promise<void> {
    if (isApiError(error)) errors.set(error.problem.errors)
    if (updating && isApiError(error, 409) && error.problem.errors.length === 0) {
      await offerReload(error.problem.detail)
    } else {
      notifyError(error)
    }
  }

  async function offerReload(detail: string | undefined): Promise<void> {
    const reload = await ElMessageBox.confirm(detail ?? t('common.conflict.message'), t('common.conflict.title'), {
      type: 'warning',
      confirmButtonText: t('common.conflict.reload'),
      cancelButtonText: t('common.conflict.keepEditing'),
    }).then(
      () => true,
      () => false,
    )
    if (reload) await load()
  }

  async function remove(label: string): Promise<void> {
    const existing = record.value
    if (!existing || !(await confirmDelete(label))) return
    try {
      await options.api.remove(existing.id, existing.version, reason.value)
      notifySuccess(t('common.messages.deleted'))
      await router.push({ name: options.routes.list })
    } catch (error) {
      notifyError(error)
    }
  }

  watch(id, load, { immediate: true })

  return { record, draft, reason, loading, saving, errors, isNew: computed(() => id.value === undefined), save, remove, load }
}
