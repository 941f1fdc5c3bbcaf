export default {
  title: 'Customers',
  new: 'New customer',
  fields: {
    contactName: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Address',
    notes: 'Notes',
  },
}
