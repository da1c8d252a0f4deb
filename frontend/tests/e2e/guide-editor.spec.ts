import { expect, test, type Page } from './desk';
import { AGENT, expectAccessible, screenshot, signIn } from './helpers';

const node = (page: Page, id: string) => page.getByTestId(`guide-node-${id}`);

/** Choose in a question's "If yes/no" picker: an existing step, or a new one of a kind. */
async function lead(page: Page, from: string, answer: 'yes' | 'no', option: string | RegExp) {
  await page.getByTestId(`branch-${from}-${answer}`).click();
  await page.getByRole('option', { name: option }).click();
}

async function write(page: Page, id: string, text: string) {
  // A step just added has the keyboard: the author types its text straight away.
  const field = page.locator(`#node-${id}-text`);
  await expect(field).toBeFocused();
  await field.fill(text);
}

test('an agent builds a three-question guide, walks the draft, and saves it after the server refuses a loop', async ({ page }) => {
  test.slow(); // a long story on a shared machine
  await signIn(page, AGENT);
  await page.goto('/kb');
  await page.getByRole('link', { name: 'New guide' }).click();
  await expect(page.getByRole('heading', { name: 'New guide' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The Wi-Fi does not connect');

  await node(page, 'q1').getByLabel('Question asked').fill('Is the Wi-Fi switched on?');
  await lead(page, 'q1', 'yes', 'New question');
  await write(page, 'q2', 'Do you see the office network?');
  await lead(page, 'q1', 'no', 'New solution');
  await write(page, 's1', 'Switch the Wi-Fi on with the key on the keyboard.');
  await lead(page, 'q2', 'yes', 'New question');
  await write(page, 'q3', 'Does it ask for a password?');
  await lead(page, 'q2', 'no', 'New ticket');
  await write(page, 't1', 'The access point near you may be down.');
  await node(page, 't1').getByLabel('File the ticket in').click();
  await page.getByRole('option', { name: 'Network and Wi-Fi' }).click();
  await node(page, 't1').getByLabel('Escalate to team').click();
  await page.getByRole('option', { name: 'Network', exact: true }).click();
  await lead(page, 'q3', 'yes', 'New solution');
  await write(page, 's2', 'Enter your directory password.');
  await lead(page, 'q3', 'no', 'New ticket');
  await write(page, 't2', 'Your account may lack Wi-Fi access.');
  await expect(page.getByTestId('guide-outline').locator('[data-testid^=guide-node-]')).toHaveCount(7);
  await expect(node(page, 'q3')).toContainText('Yes on q2');

  // The preview walks the draft: yes, yes, yes is the password; no on q2 is a ticket for Network.
  const preview = page.getByTestId('guide-preview');
  await expect(preview.getByTestId('preview-question')).toContainText('Is the Wi-Fi switched on?');
  for (const question of ['Do you see the office network?', 'Does it ask for a password?']) {
    await preview.getByRole('button', { name: 'Yes' }).click();
    await expect(preview.getByTestId('preview-question')).toContainText(question);
  }
  await preview.getByRole('button', { name: 'Yes' }).click();
  await expect(preview.getByTestId('preview-solution')).toContainText('Enter your directory password.');
  await preview.getByRole('button', { name: 'Change' }).nth(1).click();
  await preview.getByRole('button', { name: 'No' }).click();
  await expect(preview.getByTestId('preview-ticket')).toContainText('Category: Network and Wi-Fi');
  await expect(preview.getByTestId('preview-ticket')).toContainText('Team: Network');

  // Deleting a question shows what would no longer be reached; the author thinks better of it.
  await node(page, 'q2').getByRole('button', { name: 'Delete q2' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('4 steps would no longer be reached');
  await expect(dialog.getByTestId('remove-orphans')).toContainText('q3');
  await expect(dialog.getByTestId('remove-orphans')).toContainText('t2');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A wrong connection: no on q3 goes back to the first question. The server refuses the loop,
  // and says so on q3's "If no"; t2, no longer reached, is marked too.
  await lead(page, 'q3', 'no', /^q1 · Is the Wi-Fi/);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('guide-problems')).toContainText('Not saved: 2 problems');
  await expect(node(page, 'q3')).toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'q3')).toContainText('cycle: q1 -> q2 -> q3 -> q1');
  await expect(page.getByTestId('branch-q3-no')).toHaveAttribute('aria-invalid', 'true');
  await expect(node(page, 't2').getByTestId('node-problem')).toContainText('unreachable from the start');
  await expect(node(page, 'q1')).not.toHaveAttribute('data-invalid', 'true');
  await screenshot(page, 'kb-guide-editor-refused', true);
  await expectAccessible(page);

  await lead(page, 'q3', 'no', /^t2 · /);
  await expect(node(page, 'q3')).not.toHaveAttribute('data-invalid', 'true');
  await page.getByLabel('Revision note').fill('First version');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/kb\/\d+$/);

  // Saved: the guide is walked from the server as readers will walk it.
  const walk = page.getByTestId('guide-walk');
  await expect(walk.getByTestId('guide-question')).toContainText('Is the Wi-Fi switched on?');
  await walk.getByRole('button', { name: 'Yes' }).click();
  await walk.getByRole('button', { name: 'No' }).click();
  await expect(walk.getByTestId('guide-ticket')).toContainText('The access point near you may be down.');

  // Editing it again starts from the saved tree; the change is a new revision.
  await page.getByRole('link', { name: 'Edit guide' }).click();
  await expect(node(page, 't2').getByLabel('What the ticket is about')).toHaveValue('Your account may lack Wi-Fi access.');
  await node(page, 's1').getByLabel('Solution given').fill('Switch the Wi-Fi on with Fn+F2.');
  await node(page, 's1').getByRole('button', { name: 'Move s1 down' }).click();
  await expect(page.getByTestId('guide-outline').locator('[data-testid^=guide-node-]').nth(2)).toHaveAttribute('data-testid', 'guide-node-s1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/kb\/\d+$/);
  await walk.getByRole('button', { name: 'No' }).click();
  await expect(walk.getByTestId('guide-solution')).toContainText('Fn+F2');
});

test('a guide is built by keyboard alone, and one saved meanwhile by someone else is not overwritten', async ({ page, request }) => {
  await signIn(page, AGENT);
  await page.goto('/kb/guides/new');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The screen stays black');
  await node(page, 'q1').getByLabel('Question asked').fill('Is the power light on?');
  // By keyboard alone: tab to "If yes", search the new step's kind, pick it, type its text.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('branch-q1-yes')).toBeFocused();
  await page.keyboard.type('New sol');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('#node-s1-text')).toBeFocused();
  await page.keyboard.type('Check the cable to the screen.');
  await lead(page, 'q1', 'no', 'New solution');
  await write(page, 's2', 'Plug the computer in.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/kb\/\d+$/);
  const id = page.url().split('/').pop();
  await page.getByRole('link', { name: 'Edit guide' }).click();
  await expect(node(page, 's2')).toBeVisible();

  // Someone else saves first, through the API.
  const token = (await (await request.post('/api/v1/auth/token', { form: { username: AGENT, password: 'sportello-demo' } })).json()).access_token;
  const current = await request.get(`/api/v1/articles/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  const changed = await request.patch(`/api/v1/articles/${id}`, {
    headers: { Authorization: `Bearer ${token}`, 'If-Match': current.headers().etag },
    data: { title: 'The screen stays black (desk)' },
  });
  expect(changed.ok()).toBeTruthy();

  await node(page, 's2').getByLabel('Solution given').fill('Plug the computer in and press the power button.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('guide-conflict')).toBeVisible();
  await expect(node(page, 's2').getByLabel('Solution given')).toHaveValue('Plug the computer in and press the power button.');
});
