// The editor's button icons, from the app's one icon set. Every icon button also carries an aria-label and a
// tooltip, so these are decoration.
import { Icon } from '../../components/icons'

export const ArrowUpIcon = () => <Icon name="arrowUp" size={16} stroke={2} />
export const ArrowDownIcon = () => <Icon name="arrowDown" size={16} stroke={2} />
export const ArrowLeftIcon = () => <Icon name="arrowLeft" size={16} stroke={2} />
/** Two blocks pulled apart: split here. */
export const SplitIcon = () => <Icon name="split" size={16} stroke={2} />
/** Two blocks joined: merge with the next. */
export const MergeIcon = () => <Icon name="merge" size={16} stroke={2} />
export const TrashIcon = () => <Icon name="trash" size={16} stroke={2} />
export const CloseIcon = ({ size = 16 }: { size?: number }) => <Icon name="close" size={size} stroke={2} />
export const PlusIcon = () => <Icon name="plus" size={16} stroke={2} />
export const ExternalIcon = () => <Icon name="external" size={14} stroke={2} />
export const DocumentIcon = () => <Icon name="document" size={16} stroke={2} />
