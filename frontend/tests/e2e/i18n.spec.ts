import { expect, test } from './desk';
import { AGENT, CUSTOMER, screenshot, signIn } from './helpers';

test.describe('Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('the UI follows the browser language', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await signIn(page, AGENT, { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar' });
    await expect(page.getByRole('heading', { name: 'Mis tickets' })).toBeVisible();
    await page.getByRole('link', { name: 'Todos los abiertos' }).click();
    await expect(page.getByRole('columnheader', { name: 'Prioridad' })).toBeVisible();
    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    await screenshot(page, 'agent-queue-es');
  });

  test('the customer portal is in Spanish too, with localized dates', async ({ page }) => {
    await signIn(page, CUSTOMER, { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar' });
    await expect(page.getByRole('heading', { name: 'Mis solicitudes' })).toBeVisible();
    await expect(page.getByText(/Actualizada hace/).first()).toBeVisible();
  });
});

test('the language can be switched and the choice is kept', async ({ page }) => {
  await signIn(page, AGENT);
  await expect(page.getByRole('heading', { name: 'My tickets' })).toBeVisible();
  await page.getByTestId('language-picker').click();
  await page.getByRole('option', { name: 'Italiano' }).click();
  await expect(page.getByRole('heading', { name: 'I miei ticket' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'I miei ticket' })).toBeVisible();
  await page.getByTestId('language-picker').click();
  await page.getByRole('option', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Mes tickets' })).toBeVisible();
});

test('a screen whose strings come with it speaks the language chosen before and after it opened', async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByTestId('language-picker').click();
  await page.getByRole('option', { name: 'Italiano' }).click();
  await page.goto('/account/tokens');
  await expect(page.getByRole('heading', { name: 'Token API' })).toBeVisible();
  await page.getByTestId('language-picker').click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
});
