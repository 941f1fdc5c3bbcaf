export default {
  title: 'Release orders',
  button: 'Release selected ({count})',
  confirm: 'Release {count} confirmed orders to production? Each is exploded into its work orders; an order that cannot be released is left as it is, with the reason.',
  done: '{count} orders released',
  resultTitle: 'Some orders were not released',
  result: '{released} released, {refused} not released:',
  reason: 'Reason',
  tooMany: 'At most {max} orders at once',
  close: 'Close',
}
