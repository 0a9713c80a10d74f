import { assessmentDocument } from './assessment-document';
import type { ReportLanguage } from './report-labels';
import type { AssessmentReportModel } from './report-model';
import { renderPdf } from '../pdf-renderer';

export async function renderAssessmentReportPdf(
  model: AssessmentReportModel,
  language: ReportLanguage,
): Promise<Buffer> {
  try {
    return await renderPdf(assessmentDocument(model, language));
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
    return renderPdf(assessmentDocument(withoutPhotos, language));
  }
}
