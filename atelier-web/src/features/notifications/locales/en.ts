export default {
  title: 'Notifications',
  open: 'Notifications ({count} unread)',
  empty: 'No notifications',
  readAll: 'Mark all read',
  kinds: {
    mention: '{actor} mentioned you on order {subject}',
  },
  unknown: 'Something happened on {subject}',
}
