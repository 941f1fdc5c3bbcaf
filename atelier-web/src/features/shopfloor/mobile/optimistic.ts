import type { Task } from './api'
import type { ReportDraft } from './reportQueue'

const plus = (a: number, b: string | undefined) => Number(a) + (b ? Number(b) : 0)

/**
 * The task as it will be once the server has applied the report: what the phone shows right away, also offline. The
 * server decides in the end (e.g. an operation stays in progress while another operator still works on it).
 */
export function applyLocally(task: Task, report: ReportDraft): Task {
  const next: Task = { ...task }
  switch (report.kind) {
    case 'START':
    case 'RESUME':
      next.status = 'IN_PROGRESS'
      next.mySession = 'RUNNING'
      break
    case 'PAUSE':
      next.status = 'PAUSED'
      next.mySession = 'PAUSED'
      break
    case 'FINISH':
      next.status = 'DONE'
      next.mySession = 'DONE'
      break
    case 'QUANTITY':
      break
  }
  if (report.kind === 'QUANTITY' || report.kind === 'FINISH') {
    next.good = plus(task.good, report.good)
    next.scrap = plus(task.scrap, report.scrap)
    next.rework = plus(task.rework, report.rework)
  }
  return next
}

/** The task with every report still waiting in the queue for it applied, in order. */
export function withWaiting(task: Task, waiting: ReportDraft[]): Task {
  return waiting.filter((report) => report.operationId === task.id).reduce(applyLocally, task)
}
