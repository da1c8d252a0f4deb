import { expect, test } from './desk';
import { AGENT, expectAccessible, screenshot, signIn } from './helpers';

test("an agent opens a ticket on a caller's behalf, with the category's details", async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByRole('link', { name: 'New ticket' }).first().click();
  await expect(page.getByRole('heading', { name: 'New ticket' })).toBeVisible();

  // The caller is new: add the contact on the spot.
  const email = `caller.${Date.now()}@example.com`;
  await page.getByTestId('new-contact').click();
  await page.getByTestId('contact-name').fill('Marco Verdi');
  await page.getByTestId('contact-email').fill(email);
  await page.getByTestId('contact-create').click();
  await expect(page.getByTestId('requester-chosen')).toContainText('Marco Verdi');

  await page.getByTestId('subject').fill('Laptop does not boot after the update');
  await page.getByTestId('description').fill('Black screen since this morning.');
  await page.getByTestId('category').click();
  await page.getByRole('option', { name: 'Computer problem' }).click();
  const fields = page.getByTestId('detail-fields');
  await expect(fields.getByText('Operating system')).toBeVisible();
  await fields.locator('[data-field=operating_system]').click();
  await page.getByRole('option', { name: 'Windows 11' }).click();
  await fields.locator('[data-field=memory_gb]').fill('16');

  // Impact x urgency shows the priority the matrix gives.
  await page.getByTestId('impact').getByText('High').click();
  await page.getByTestId('urgency').getByText('High').click();
  await expect(page.getByTestId('priority-preview')).toContainText('Critical');
  await page.getByTestId('urgency').getByText('Low').click();
  await expect(page.getByTestId('priority-preview')).toContainText('Medium');
  await screenshot(page, 'agent-new-ticket');
  await expectAccessible(page);

  await page.getByTestId('create-ticket').click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Laptop does not boot after the update' })).toBeVisible();
  await expect(page.getByTestId('requester-card')).toContainText('Marco Verdi');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Phone');
  await expect(details).toContainText('Computer problem');
  await expect(details).toContainText('Windows 11');
  await expect(details).toContainText('16');
});
