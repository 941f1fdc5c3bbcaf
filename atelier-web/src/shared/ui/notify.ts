import { ElMessage } from 'element-plus'
import { i18n } from '@/i18n'
import { isApiError } from '../api/problem'

const STATUSES_WITH_MESSAGES = [403, 404, 409, 413]

/** The sentence to show for a failed call: the server's translated detail when it sent one. */
export function errorMessage(error: unknown): string {
  const { t } = i18n.global
  if (isApiError(error)) {
    const { detail, title, status } = error.problem
    if (detail ?? title) return (detail ?? title) as string
    return STATUSES_WITH_MESSAGES.includes(status) ? t(`common.errors.status${status}`) : t('common.errors.unexpected')
  }
  if (error instanceof TypeError) {
    return t('common.errors.network')
  }
  return t('common.errors.unexpected')
}

/** Shows a failed call to the user; a 401 is not shown because the session handling sends them to the login page. */
export function notifyError(error: unknown): void {
  if (isApiError(error, 401)) return
  ElMessage.error({ message: errorMessage(error), grouping: true })
}

export function notifySuccess(message: string): void {
  ElMessage.success({ message, grouping: true })
}

export function notifyWarning(message: string): void {
  ElMessage.warning({ message, grouping: true })
}
