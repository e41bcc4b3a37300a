import { Header } from '../Header';
import { Welcome } from '../Welcome';
import { SiteStatus } from './SiteStatus';

export function PopupApp() {
  return (
    <main class="popup">
      <Header />
      <SiteStatus />
      <div class="popup__body">
        <div class="card">
          <Welcome onStart={() => void browser.runtime.openOptionsPage()} />
        </div>
      </div>
    </main>
  );
}
