import handover from '../handover/locales/en'
import mobile from '../mobile/locales/en'
import scan from '../scan/locales/en'
import supervisor from '../supervisor/locales/en'
import trace from '../trace/locales/en'

export default {
  ...supervisor,
  handover,
  mobile,
  scan,
  trace,
  print: {
    traveller: 'Print job card',
    a4: 'A4 job card (operations, materials, signatures)',
    label: 'Label 100 × 150 mm',
    allTravellers: 'Print all job cards',
    badge: 'Badge',
    machineLabel: 'QR label',
    workCenterLabels: 'QR labels of all machines',
  },
}
