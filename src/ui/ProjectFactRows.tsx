// The facts every project view starts with: sector, countries, builder and its role. Shared by the
// details panel and the comparison cards so both say it the same way.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization, ProjectFeature } from '../data/atlasSchema';
import { countryName } from '../i18n/countryNames';
import type { Language } from '../vocabulary';

export function ProjectFactRows({
  project,
  organization,
  language,
  builderQuote,
}: {
  project: ProjectFeature;
  organization: Organization | undefined;
  language: Language;
  /** Shown under the builder line (the details panel cites the words that name the builder). */
  builderQuote?: ReactNode;
}) {
  const { t } = useTranslation();
  const { sector, subtype, countries, builder } = project.properties;
  return (
    <>
      <div>
        <dt>{t('fact.sector')}</dt>
        <dd>
          {t(`sector.${sector}`)} · {t(`subtype.${subtype}`)}
        </dd>
      </div>
      <div>
        <dt>{t('fact.countries')}</dt>
        <dd>{countries.map((code) => countryName(code, language)).join(t('listSeparator'))}</dd>
      </div>
      {builder !== null && (
        <div>
          <dt>{t('fact.builder')}</dt>
          <dd>
            {organization?.name[language] ?? builder.organization} — {t(`role.${builder.role}`)}
            {builderQuote}
          </dd>
        </div>
      )}
    </>
  );
}
