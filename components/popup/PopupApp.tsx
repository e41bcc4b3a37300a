import { Header } from '../Header';
import { Welcome } from '../Welcome';

export function PopupApp() {
  return (
    <main class="popup">
      <Header />
      <div class="popup__body">
        <div class="card">
          <Welcome onStart={() => void browser.runtime.openOptionsPage()} />
        </div>
      </div>
    </main>
  );
}
