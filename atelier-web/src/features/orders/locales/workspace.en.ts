/** The order workspace: header, tabs, timeline, comments, progress (docs/orders.md, "Order workspace"). */
export default {
  tabs: {
    overview: 'Overview',
    workOrders: 'Work orders',
    timeline: 'Timeline',
    comments: 'Comments',
    attachments: 'Attachments',
    changes: 'Changes',
    history: 'History',
  },
  header: {
    customer: 'Customer',
    due: 'Due',
    requested: 'Requested',
    promised: 'Promised',
    progress: 'Progress',
    notReleased: 'Not released yet',
    operations: '{done} of {total} operations done',
    workOrders: '{done} of {total} work orders done',
  },
  progress: {
    title: 'Progress per work order',
    quantityGood: 'Made',
  },
  timeline: {
    empty: 'Nothing has happened yet',
    more: 'Show older',
    system: 'Atelier',
    kinds: {
      order: {
        created: 'entered order {orderNumber}',
        status: 'changed the status from {from} to {to}',
        changed: 'changed {fields}',
        deleted: 'deleted order {orderNumber}',
      },
      workOrder: {
        created: 'wrote work order {number}',
        status: 'work order {number}: {from} → {to}',
        changed: 'changed work order {number}: {fields}',
      },
      operation: {
        status: 'operation {number}: {from} → {to}',
      },
      comment: {
        posted: 'commented',
      },
      attachment: {
        added: 'attached {fileName}',
      },
    },
    reason: 'Reason: {reason}',
    unknown: '{kind}',
  },
  comments: {
    empty: 'No comments yet',
    placeholder: 'Write a comment; type {at} and a name to mention a colleague',
    post: 'Comment',
    posted: 'Comment posted',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    remove: 'Delete',
    confirmRemove: 'Delete this comment?',
    edited: 'edited',
    mentioned: 'Notified: {names}',
  },
  changes: {
    notReleased: 'Until the order is released it is changed directly on the Overview tab; afterwards every change is a change request.',
  },
}
