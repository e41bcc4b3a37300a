import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { RecoveryPage } from '@/components/recovery/RecoveryPage';
import './recovery.css';

render(<RecoveryPage />, mountPage('recoveryTitle'));
