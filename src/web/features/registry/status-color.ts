/** A badge colour per firearm status: held (green), away (blue), trouble (red), gone (grey). */
export function statusColor(status: string): string {
  switch (status) {
    case 'in-store':
      return 'green';
    case 'issued':
    case 'in-transit':
    case 'under-maintenance':
      return 'blue';
    case 'lost':
    case 'stolen':
    case 'seized':
      return 'red';
    default:
      return 'gray';
  }
}
