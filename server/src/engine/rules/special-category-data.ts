import { isSeq } from 'yaml';
import { entryLabel, locateField } from '../entryNodes';
import { isPlainObject } from '../model';
import { defineRule } from '../rule';
import { certificationRefs } from '../selection';
import { nodeRange, scalarString } from '../yamlNodes';

export interface SpecialCategoryDataData {
  label: string;
  category: string;
}

/**
 * Health data of an organisation established in France, held by a sub-processor with no HDS certification:
 * hosting personal health data collected for prevention, diagnosis, care or social follow-up requires an
 * HDS-certified host (Code de la santé publique, art. L.1111-8).
 */
export const specialCategoryData = defineRule<SpecialCategoryDataData>()({
  meta: {
    id: 'special-category-data',
    defaultSeverity: 'warning',
    category: 'certification',
    description:
      'A sub-processor of an organisation established in France (`inventory.establishment: FR`) handles health data (`personalData.categories: [health]`) and holds no HDS certification, which French law requires of hosts of personal health data (CSP art. L.1111-8).',
    messages: {
      hds: '{{label}} handles health data for an organisation established in France and holds no HDS certification: personal health data collected for prevention, diagnosis, care or social follow-up may only be hosted by an HDS-certified host (Code de la santé publique, art. L.1111-8). Add `hds` once the host shows its certificate, or record why the data falls outside that scope.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const inventory = isPlainObject(ctx.model.value?.inventory) ? ctx.model.value.inventory : {};
    if (inventory.establishment !== 'FR') return;
    const pd = entry.effective.personalData;
    const categories = isPlainObject(pd) && Array.isArray(pd.categories) ? pd.categories : [];
    if (!categories.includes('health')) return;
    // Certifications not known yet: nobody said there is no HDS.
    if (entry.effective.certifications === 'unknown') return;
    if (certificationRefs(entry.effective).some((r) => r.id === 'hds')) return;
    const list = locateField(ctx.model, entry, ['personalData', 'categories']).node;
    const item = isSeq(list) ? list.items.find((i) => scalarString(i) === 'health') : undefined;
    if (!item) return;
    report({ range: nodeRange(item), messageId: 'hds', data: { label: entryLabel(entry, ctx.lang), category: 'health' } });
  },
});
