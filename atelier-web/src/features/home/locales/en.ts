export default {
  title: 'Home',
  welcome: 'Welcome, {name}.',
  masterData: 'Master data',
  customerTitle: 'Your orders will appear here',
  customerText: 'The customer portal with your orders and delivery dates is coming in a later release.',
}
