export default {
  skills: {
    title: 'Skills',
    new: 'New skill',
  },
  workers: {
    title: 'Workers',
    new: 'New worker',
    skills: 'Skills',
  },
  fields: {
    badge: 'Badge number',
    workshop: 'Workshop',
    calendar: 'Working calendar',
    phone: 'Phone',
    skill: 'Skill',
    level: 'Level (1–5)',
  },
}
