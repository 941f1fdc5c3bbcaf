import handover from '../handover/locales/zh-CN'
import mobile from '../mobile/locales/zh-CN'
import scan from '../scan/locales/zh-CN'
import supervisor from '../supervisor/locales/zh-CN'
import trace from '../trace/locales/zh-CN'

export default {
  ...supervisor,
  handover,
  mobile,
  scan,
  trace,
  print: {
    traveller: '打印流转卡',
    a4: 'A4 流转卡（工序、物料、签名）',
    label: '标签 100 × 150 mm',
    allTravellers: '打印全部流转卡',
    badge: '工牌',
    machineLabel: '二维码标签',
    workCenterLabels: '全部设备的二维码标签',
  },
}
