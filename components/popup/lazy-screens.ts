import { lazy } from '../lazy';

// Screens the popup's first frame never shows: loaded after the codes are painted, or when
// first opened, so they do not delay the codes.
export const AddAccount = lazy(() => import('../AddAccount').then((module) => module.AddAccount));
export const EditAccount = lazy(() => import('../EditAccount').then((module) => module.EditAccount));
export const TrashScreen = lazy(() => import('./TrashScreen').then((module) => module.TrashScreen));
export const ScanScreen = lazy(() => import('./ScanScreen').then((module) => module.ScanScreen));
export const CreateVaultForm = lazy(() => import('../CreateVaultForm').then((module) => module.CreateVaultForm));
export const SyncOffer = lazy(() => import('../SyncOffer').then((module) => module.SyncOffer));
export const Welcome = lazy(() => import('../Welcome').then((module) => module.Welcome));

/** After the first paint: the next screen opens without waiting for its script. */
export function preloadScreens(): void {
  for (const screen of [AddAccount, EditAccount, ScanScreen, TrashScreen]) void screen.preload();
}
