import { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'

/** Asks before deleting; resolves to false when the user backs out. */
export function confirmDelete(label: string): Promise<boolean> {
  const { t } = i18n.global
  return ElMessageBox.confirm(t('common.messages.confirmDelete', { label }), t('common.actions.delete'), {
    type: 'warning',
    confirmButtonText: t('common.actions.delete'),
    cancelButtonText: t('common.actions.cancel'),
    confirmButtonClass: 'el-button--danger',
  }).then(
    () => true,
    () => false,
  )
}
