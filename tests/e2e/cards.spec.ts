import { test, expect, ready, expectAccessible, shot, addProfile, swipe, shownUrl } from './fixtures';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

// Method cards (issue 3): deep links, search, favourites, presentation mode, print, axe.
// Titles are read from the card files themselves, so the tests follow the content.

const CARD_DIR = path.join(__dirname, '..', '..', 'content', 'cards');
const SLUGS = fs.readdirSync(CARD_DIR).filter((f) => f.endsWith('.toml')).map((f) => f.replace(/\.toml$/, ''));
const WORKSHEET_SLUGS = [
  'levenslijn', 'netwerkwandeling', 'driemandenmethodiek',
  'patterson', 'good-lives-model', 'cirkel-van-gedragsverandering',
];

function title(slug: string, lang: 'nl' | 'en'): string {
  const text = fs.readFileSync(path.join(CARD_DIR, `${slug}.toml`), 'utf8');
  const section = text.split(/^\[en\]\s*$/m)[lang === 'nl' ? 0 : 1];
  const m = section.match(/^title = "(.*)"$/m);
  if (!m) throw new Error(`no ${lang} title in ${slug}`);
  return m[1];
}

const h1 = (page: Page) => page.locator('main#main h1');

/** Number of pages in a PDF made by Chromium. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

test.describe('deep links', () => {
  for (const slug of WORKSHEET_SLUGS) {
    test(`${slug} opens by deep link in Dutch and English`, async ({ page }) => {
      await page.goto(`/methodieken/${slug}`);
      await ready(page);
      await expect(h1(page)).toHaveText(title(slug, 'nl'));
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expect(page.getByRole('heading', { level: 2, name: 'Vragen om te stellen' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Werkblad' })).toBeVisible();

      await page.goto(`/methodieken/${slug}?lang=en`);
      await ready(page);
      await expect(h1(page)).toHaveText(title(slug, 'en'));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 2, name: 'Questions to ask' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Worksheet' })).toBeVisible();
    });
  }

  test('every card opens and its related links lead to real cards', async ({ page }) => {
    for (const slug of SLUGS) {
      await page.goto(`/methodieken/${slug}`);
      await expect(h1(page)).toHaveText(title(slug, 'nl'));
      const related = page.locator('.card-related a');
      expect(await related.count()).toBeGreaterThan(0);
    }
    // Following a related link shows that card (client-side navigation).
    await page.goto('/methodieken/levenslijn');
    await page.locator('.card-related').getByRole('link', { name: title('netwerkwandeling', 'nl') }).click();
    await expect(page).toHaveURL(/\/methodieken\/netwerkwandeling$/);
    await expect(h1(page)).toHaveText(title('netwerkwandeling', 'nl'));
  });

  test('an unknown card gets a friendly page with suggestions and a way back', async ({ page }) => {
    await page.goto('/methodieken/drie-manden');
    await ready(page);
    await expect(h1(page)).toHaveText('Deze methodiek vinden we niet');
    await expect(page.locator('.card-list a').first()).toContainText('Driemandenmethodiek');
    await expectAccessible(page, 'card not found');
    await page.getByRole('link', { name: 'Naar alle methodieken' }).click();
    await expect(page).toHaveURL(/\/methodieken$/);
    await expect(h1(page)).toHaveText('Methodieken');
  });
});

test.describe('search', () => {
  const cases: [string, string][] = [
    ['drie manden', 'driemandenmethodiek'],
    ['GLM', 'good-lives-model'],
    ['prochaska', 'cirkel-van-gedragsverandering'],
    ['herorientering', 'positieve-herorientering'],
    // Issue 28: the source's own words find their cards.
    ['VDAB', 'vdab-werkwinkel'],
    ['buddy', 'buddywerking'],
    ['besluitvorming', 'cirkel-van-gedragsverandering'],
    ['motiverende gespreksvoering', 'motiverende-gespreksvoering'],
    ['leefloon', 'rechten-en-inkomen'],
  ];
  for (const [query, slug] of cases) {
    test(`typing "${query}" puts ${slug} first`, async ({ page }) => {
      await page.goto('/methodieken');
      await ready(page);
      const box = page.getByLabel('Zoek een methodiek');
      await box.pressSequentially(query, { delay: 20 });
      const first = page.locator('.card-list').last().locator('a').first();
      await expect(first).toHaveAttribute('href', `/methodieken/${slug}`);
      await expect(first).toContainText(title(slug, 'nl'));
      await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toBeVisible();
    });
  }

  test('search works in English, says when nothing is found, and survives going back', async ({ page }) => {
    await page.goto('/methodieken?lang=en');
    await ready(page);
    const box = page.getByLabel('Find a method');
    await box.fill('network walk');
    const list = page.locator('.card-list').last();
    await expect(list.locator('a').first()).toContainText('Network walk');
    // A word that only occurs in a question shows that question under the result.
    await box.fill('chapters');
    await expect(list.locator('a', { hasText: 'Living the lifeline' })).toContainText('Questions to ask:');
    await box.fill('xqzv');
    await expect(page.getByText('No method found for “xqzv”.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all methods' }).click();
    await expect(box).toHaveValue('');
    await expect(list.locator('li')).toHaveCount(SLUGS.length);

    await box.fill('three baskets');
    await list.locator('a').first().click();
    await expect(h1(page)).toHaveText('Three baskets');
    await page.goBack();
    await expect(page.getByLabel('Find a method')).toHaveValue('three baskets');
    await expect(page.locator('.card-list').last().locator('a').first()).toContainText('Three baskets');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(page.getByLabel('Find a method')).toBeFocused();
    await expect(page.locator('.card-list').last().locator('li')).toHaveCount(SLUGS.length);
  });

  test('browse by life domain and phase; the filtered view is a link', async ({ page }) => {
    await page.goto('/methodieken');
    await ready(page);
    await page.getByLabel('Levensdomein').selectOption('wonen');
    await expect(page).toHaveURL(/domein=wonen/);
    const list = page.locator('.card-list').last();
    await expect(list.locator('a', { hasText: 'Housing First' })).toBeVisible();
    await expect(list.locator('a', { hasText: 'Het model van Patterson' })).toHaveCount(0);
    await page.getByLabel('Fase van het traject').selectOption('nazorg');
    await expect(page).toHaveURL(/domein=wonen&fase=nazorg/);
    const count = await list.locator('li').count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(SLUGS.length);
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('Levensdomein')).toHaveValue('wonen');
    await expect(page.getByLabel('Fase van het traject')).toHaveValue('nazorg');
    await expect(page.locator('.card-list').last().locator('li')).toHaveCount(count);
    // A phase chip on a card leads to that phase's list.
    await page.goto('/methodieken/driemandenmethodiek');
    await page.locator('.card-when').getByRole('link', { name: 'Opstartfase' }).click();
    await expect(page).toHaveURL(/\/methodieken\?fase=opstart$/);
    await expect(page.getByLabel('Fase van het traject')).toHaveValue('opstart');
  });
});

test.describe('favourites and recent cards', () => {
  test('a favourite survives a reload and shows on the list', async ({ page }) => {
    await page.goto('/methodieken/patterson');
    await ready(page);
    const fav = page.getByRole('button', { name: 'Favoriet' });
    await expect(fav).toHaveAttribute('aria-pressed', 'false');
    await fav.click();
    await expect(fav).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await ready(page);
    await expect(page.getByRole('button', { name: 'Favoriet' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/methodieken/levenslijn');
    await ready(page);
    await page.goto('/methodieken');
    await ready(page);
    const favs = page.getByRole('list', { name: 'Jouw favorieten' });
    await expect(favs.locator('a')).toHaveCount(1);
    await expect(favs.locator('a')).toContainText('Het model van Patterson');
    const recent = page.getByRole('list', { name: 'Laatst geopend' });
    await expect(recent.locator('a').first()).toContainText('Levenslijn beleven');
    await expect(recent.locator('a').nth(1)).toContainText('Het model van Patterson');
    // The star also marks it in the full list, for sighted and screen reader users.
    await expect(page.locator('.card-list').last().locator('a', { hasText: 'Het model van Patterson' })).toContainText('(favoriet)');
    await shot(page, 'cards-list-favourites-nl');

    // Unmarking removes it again, also after a reload.
    await page.goto('/methodieken/patterson');
    await page.getByRole('button', { name: 'Favoriet' }).click();
    await page.goto('/methodieken');
    await ready(page);
    await expect(page.getByRole('list', { name: 'Jouw favorieten' })).toHaveCount(0);
  });
});

test.describe('card page', () => {
  test('worksheet: choose a young person, or add one first', async ({ page }) => {
    await page.goto('/methodieken/good-lives-model');
    await ready(page);
    const sheet = page.locator('.card-worksheet');
    await expect(sheet).toContainText('Er staat nog geen jongere op dit toestel');
    await expect(sheet.getByRole('link', { name: 'Jongere toevoegen' })).toHaveAttribute('href', '/jongeren');
    const url = await addProfile(page, 'Samira');
    const id = url.split('/jongeren/')[1];
    await page.goto('/methodieken/good-lives-model');
    const link = page.locator('.card-worksheet').getByRole('link', { name: 'Werkblad voor Samira' });
    await expect(link).toHaveAttribute('href', `/jongeren/${id}/werkblad/good-lives-model`);
    // Cards without a worksheet have no worksheet section.
    await page.goto('/methodieken/housing-first');
    await expect(h1(page)).toHaveText(title('housing-first', 'nl'));
    await expect(page.locator('.card-worksheet')).toHaveCount(0);
  });

  test('share copies a link that opens the card in the same language', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/methodieken/levenslijn?lang=en');
    await ready(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The link is copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/methodieken\/levenslijn\?lang=en$/);
    await expect(page.getByLabel('Link to this card')).toHaveValue(copied);
    await expectAccessible(page, 'card after sharing');
  });

  test('card screens NL and EN, and axe', async ({ page }) => {
    await page.goto('/methodieken');
    await ready(page);
    await expectAccessible(page, 'card list');
    await shot(page, 'cards-list-nl');
    await shot(page, 'cards-list-top-nl', { fullPage: false });
    await page.getByLabel('Zoek een methodiek').fill('drie manden');
    await shot(page, 'cards-search-nl', { fullPage: false });

    await page.goto('/methodieken/driemandenmethodiek');
    await ready(page);
    await expectAccessible(page, 'card');
    await shot(page, 'cards-card-nl');
    await shot(page, 'cards-card-top-nl', { fullPage: false });

    await page.goto('/methodieken/cirkel-van-gedragsverandering?lang=en');
    await ready(page);
    await expectAccessible(page, 'card (English)');
    await shot(page, 'cards-card-en');
    await shot(page, 'cards-card-top-en', { fullPage: false });
    await page.goto('/methodieken?lang=en');
    await ready(page);
    await shot(page, 'cards-list-en');
  });
});

test.describe('presentation on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false });

  test('arrow keys move between cards, Escape leaves; every card fits one screen', async ({ page }) => {
    await page.goto('/methodieken/levenslijn');
    await ready(page);
    await page.getByRole('link', { name: 'Presenteren' }).click();
    await expect(page).toHaveURL(/\/methodieken\/levenslijn\/presentatie$/);
    await expect(h1(page)).toHaveText('Levenslijn beleven');
    await expect(page.locator('.bottom-nav')).toBeHidden();

    // Large type: the card's text is fitted to the screen, never below 20 px at 1920×1080.
    const fontPx = () => page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector('.pres-col li')!).fontSize),
      title: parseFloat(getComputedStyle(document.querySelector('.pres-card h1')!).fontSize),
    }));
    await expect.poll(async () => (await fontPx()).body).toBeGreaterThanOrEqual(24);
    await expectAccessible(page, 'presentation');
    await shot(page, 'cards-presentation-nl', { fullPage: false });

    const order: string[] = [];
    const sizes: number[] = [];
    await page.keyboard.press('Home');
    await expect(page.locator('.pres-count')).toContainText(`Kaart 1 van ${SLUGS.length}`);
    for (let i = 0; i < SLUGS.length; i++) {
      await expect(page.locator('.pres-count')).toContainText(`Kaart ${i + 1} van ${SLUGS.length}`);
      order.push(await h1(page).innerText());
      // The whole card is visible without scrolling, in large type.
      await expect.poll(() => page.evaluate(() => {
        const el = document.querySelector('.presentation')!;
        return el.scrollHeight - el.clientHeight;
      }), { message: `card ${order[i]} fits one screen` }).toBeLessThanOrEqual(0);
      const px = await fontPx();
      sizes.push(px.body);
      expect(px.body, `body text of ${order[i]}`).toBeGreaterThanOrEqual(20);
      expect(px.title, `title of ${order[i]}`).toBeGreaterThanOrEqual(40);
      const overflow = await page.evaluate(() => {
        const el = document.querySelector('.presentation')!;
        return el.scrollHeight - el.clientHeight;
      });
      expect(overflow, `card ${order[i]} overflows the screen by ${overflow}px`).toBeLessThanOrEqual(0);
      await page.keyboard.press('ArrowRight');
    }
    expect(new Set(order).size).toBe(SLUGS.length);
    console.log(`presentation body text at 1920×1080: ${Math.min(...sizes)}–${Math.max(...sizes)} px`);
    // At the end, ArrowRight stays on the last card; ArrowLeft goes back one.
    await expect(h1(page)).toHaveText(order[order.length - 1]);
    await page.keyboard.press('ArrowLeft');
    await expect(h1(page)).toHaveText(order[order.length - 2]);
    await page.keyboard.press('PageUp');
    await expect(h1(page)).toHaveText(order[order.length - 3]);
    await page.getByRole('button', { name: 'Volgende kaart' }).click();
    await expect(h1(page)).toHaveText(order[order.length - 2]);

    const slug = new URL(await shownUrl(page)).pathname.split('/')[2];
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/methodieken/${slug}$`));
    await expect(h1(page)).toHaveText(order[order.length - 2]);
    await expect(page.locator('.bottom-nav')).toBeVisible();
  });

  test('a filtered deck only holds that phase, in English too', async ({ page }) => {
    await page.goto('/methodieken?fase=nazorg&lang=en');
    await ready(page);
    const n = await page.locator('.card-list').last().locator('li').count();
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page).toHaveURL(/\/presentatie\?fase=nazorg$/);
    await expect(page.locator('.pres-count')).toContainText(`Card 1 of ${n}`);
    await expectAccessible(page, 'presentation (English)');
    await shot(page, 'cards-presentation-en', { fullPage: false });
  });
});

test('presentation: swipe on a phone', async ({ page }) => {
  await page.goto('/methodieken/levenslijn/presentatie');
  await ready(page);
  const first = await h1(page).innerText();
  const count = page.locator('.pres-count');
  const before = await count.innerText();
  await swipe(page, 320, 40); // finger to the left: next card
  await expect(count).not.toHaveText(before);
  await expect(h1(page)).not.toHaveText(first);
  await swipe(page, 40, 320); // to the right: back
  await expect(h1(page)).toHaveText(first);
  await expect(count).toHaveText(before);
  await shot(page, 'cards-presentation-phone-nl', { fullPage: false });
});

test.describe('print', () => {
  test('a card prints as one clean A4 page', async ({ page }) => {
    await page.goto('/methodieken/driemandenmethodiek');
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.bottom-nav')).toBeHidden();
    await expect(page.locator('.card-toolbar')).toBeHidden();
    await expect(page.locator('.card-worksheet')).toBeHidden();
    await expect(page.locator('.print-footer')).toBeVisible();
    await shot(page, 'cards-print-nl');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    // The longest card still fits one A4 page.
    for (const slug of SLUGS) {
      await page.goto(`/methodieken/${slug}?lang=en`);
      await ready(page);
      expect(pdfPages(await page.pdf({ format: 'A4' })), `${slug} on A4`).toBe(1);
    }
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'cards-print-en');
  });

  test('print all: every card on its own page', async ({ page }) => {
    await page.goto('/methodieken');
    await ready(page);
    await page.getByRole('link', { name: 'Alle kaarten afdrukken' }).click();
    await expect(page).toHaveURL(/\/methodieken\/afdrukken$/);
    await expect(h1(page)).toHaveText('Alle kaarten afdrukken');
    await expect(page.locator('article.print-card')).toHaveCount(SLUGS.length);
    await expectAccessible(page, 'print all');
    await shot(page, 'cards-print-all-nl', { fullPage: false });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBe(SLUGS.length);

    // A filtered print run holds only those cards.
    await page.goto('/methodieken/afdrukken?domein=recidive&lang=en');
    await ready(page);
    const n = await page.locator('article.print-card').count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(SLUGS.length);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(n);
    await expectAccessible(page, 'print all (English)');
  });
});

// Issue 28: the cards for the parts of the practice that were missing, each in both languages,
// each saying once that it is the toolkit's summary, each accessible; screenshots to look at.
const NEW_CARDS = [
  'rechten-en-inkomen', 'fod-tijdelijke-erkenning', 'vdab-werkwinkel', 'extra-kwalificatie', 'vrijwilligerswerk',
  'budget-naar-zelfredzaamheid', 'administratie-via-netwerk', 'dagelijkse-zelfredzaamheid',
  'buddywerking', 'lotgenotencontact', 'ervaringsdeskundige', 'contextexpert', 'netwerkcoaching',
  'trajecten-op-maat', 'motiverende-gespreksvoering', 'instroom-en-doorverwijzing',
];
const NOTE = {
  nl: 'Deze kaart is de samenvatting van de methode door de toolkit, niet de officiële methodiekenmap van Back On Track.',
  en: "This card is the toolkit's summary of the method, not the official Back On Track methods folder (methodiekenmap).",
};

test.describe('issue 28: the missing parts of the practice', () => {
  for (const slug of NEW_CARDS) {
    test(`${slug}: NL and EN, the summary note once, axe`, async ({ page }) => {
      for (const lang of ['nl', 'en'] as const) {
        await page.goto(`/methodieken/${slug}${lang === 'en' ? '?lang=en' : ''}`);
        await ready(page);
        await expect(h1(page)).toHaveText(title(slug, lang));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByText(NOTE[lang], { exact: true })).toHaveCount(1);
        await expect(page.locator('.card-related a').first()).toBeVisible();
        await expectAccessible(page, `${slug} (${lang})`);
        await shot(page, `cards-new-${slug}-${lang}`);
      }
    });
  }

  test('a coach filtering on Inkomen or Activering finds the income and activation cards', async ({ page }) => {
    await page.goto('/methodieken?domein=inkomen');
    await ready(page);
    const list = page.locator('.card-list').last();
    for (const slug of ['rechten-en-inkomen', 'fod-tijdelijke-erkenning', 'vdab-werkwinkel', 'budget-naar-zelfredzaamheid']) {
      await expect(list.locator(`a[href="/methodieken/${slug}"]`)).toBeVisible();
    }
    expect(await list.locator('li').count()).toBeGreaterThanOrEqual(6);
    await page.goto('/methodieken?domein=activering');
    await ready(page);
    for (const slug of ['vdab-werkwinkel', 'vrijwilligerswerk', 'extra-kwalificatie', 'trajecten-op-maat']) {
      await expect(page.locator('.card-list').last().locator(`a[href="/methodieken/${slug}"]`)).toBeVisible();
    }
    expect(await page.locator('.card-list').last().locator('li').count()).toBeGreaterThanOrEqual(6);
  });

  test('the summary note is on every card, in print-all and in the presentation', async ({ page }) => {
    await page.goto('/methodieken/afdrukken');
    await ready(page);
    await expect(page.locator('article.print-card')).toHaveCount(SLUGS.length);
    await expect(page.getByText(NOTE.nl, { exact: true })).toHaveCount(SLUGS.length);
    await page.goto('/methodieken/buddywerking/presentatie?lang=en');
    await ready(page);
    await expect(page.locator('.pres-note')).toHaveText(NOTE.en);
  });
});
