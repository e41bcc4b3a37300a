import { aegisEncryptedExporter, aegisPlainExporter } from './aegis';
import { otpauthListExporter } from './otpauth-list';

/** The file exports, in the order the options page offers them (encrypted first). */
export const EXPORTERS = [aegisEncryptedExporter, aegisPlainExporter, otpauthListExporter] as const;

/** The export formats, from the registry. */
export type ExportFormat = (typeof EXPORTERS)[number]['id'];

export const exporterFor = (format: ExportFormat) => EXPORTERS.find((exporter) => exporter.id === format)!;
