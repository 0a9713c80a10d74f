import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { assessmentDocument } from './assessment-document';
import type { ReportLanguage } from './report-labels';
import type { AssessmentReportModel } from './report-model';

interface PdfMake {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let printer: PdfMake | null = null;

// pdfmake (CommonJS, no types) set up once: the Roboto fonts it ships, no URL fetching, and no file
// reads outside its own fonts folder (photos arrive as data URLs).
function pdfmake(): PdfMake {
  if (printer) return printer;
  const loaded = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  loaded.addFonts({
    Roboto: {
      normal: join(fonts, 'Roboto-Regular.ttf'),
      bold: join(fonts, 'Roboto-Medium.ttf'),
      italics: join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => path.startsWith(fonts));
  printer = loaded;
  return loaded;
}

export async function renderAssessmentReportPdf(
  model: AssessmentReportModel,
  language: ReportLanguage,
): Promise<Buffer> {
  try {
    return await pdfmake().createPdf(assessmentDocument(model, language)).getBuffer();
  } catch {
    // A photo whose bytes start like an image but do not decode must not cost the whole report:
    // print it again with every photo as a note instead.
    const withoutPhotos: AssessmentReportModel = {
      ...model,
      annex: model.annex.map((section) => ({
        ...section,
        items: section.items.map((item) => ({
          ...item,
          photos: item.photos.map(() => ({ contentType: 'image/webp', data: Buffer.alloc(0) })),
        })),
      })),
    };
    return pdfmake().createPdf(assessmentDocument(withoutPhotos, language)).getBuffer();
  }
}
