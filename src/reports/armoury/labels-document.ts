import type { LabelStock } from '../../core/armoury/armoury-terms';
import { MM, qrSvg, renderPdf } from './armoury-pdf';

/**
 * QR label sheets. The QR holds only the opaque code; the printed lines beside it are for people.
 * Geometry of each stock, in millimetres (A4 portrait, 210 × 297):
 * - a4-grid: plain A4 cut by hand, 3 × 8 labels of 70 × 37.125 with no margins;
 * - avery-l7160: Avery L7160 / J8160, 3 × 7 labels of 63.5 × 38.1, top margin 15.15,
 *   left margin 7.2, horizontal pitch 66.04 (2.54 gap), vertical pitch 38.1.
 */
export const LABEL_GEOMETRY: Readonly<
  Record<
    LabelStock,
    {
      columns: number;
      rows: number;
      width: number;
      height: number;
      top: number;
      left: number;
      pitchX: number;
      pitchY: number;
    }
  >
> = {
  'a4-grid': { columns: 3, rows: 8, width: 70, height: 37.125, top: 0, left: 0, pitchX: 70, pitchY: 37.125 },
  'avery-l7160': {
    columns: 3,
    rows: 7,
    width: 63.5,
    height: 38.1,
    top: 15.15,
    left: 7.2,
    pitchX: 66.04,
    pitchY: 38.1,
  },
};

export interface LabelItem {
  readonly code: string;
  readonly lines: readonly string[];
}

export async function labelsDocument(
  stock: LabelStock,
  items: readonly LabelItem[],
  title: string,
): Promise<object> {
  const g = LABEL_GEOMETRY[stock];
  const perPage = g.columns * g.rows;
  const content: object[] = [];
  for (const [index, item] of items.entries()) {
    const slot = index % perPage;
    const column = slot % g.columns;
    const line = Math.floor(slot / g.columns);
    const x = (g.left + column * g.pitchX) * MM;
    const y = (g.top + line * g.pitchY) * MM;
    const qrSize = Math.min(g.height - 8, 28) * MM;
    const padding = 3.5 * MM;
    // Absolutely placed blocks land on the page the flow is on: break the flow before each sheet.
    if (slot === 0 && index > 0) content.push({ text: '', pageBreak: 'before' });
    content.push({
      absolutePosition: { x: x + padding, y: y + (g.height * MM - qrSize) / 2 },
      svg: await qrSvg(item.code),
      width: qrSize,
      height: qrSize,
    });
    content.push({
      absolutePosition: { x: x + padding * 2 + qrSize, y: y + (g.height * MM - qrSize) / 2 },
      width: g.width * MM - qrSize - padding * 3,
      stack: [
        { text: item.code, fontSize: 9, bold: true, characterSpacing: 0.3 },
        ...item.lines.map((text) => ({ text, fontSize: 8, margin: [0, 2, 0, 0] })),
      ],
    });
  }
  return {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    info: { title },
    defaultStyle: { font: 'Roboto' },
    content: content.length ? content : [{ text: '' }],
  };
}

export async function renderLabels(
  stock: LabelStock,
  items: readonly LabelItem[],
  title: string,
): Promise<Buffer> {
  return renderPdf(await labelsDocument(stock, items, title));
}
