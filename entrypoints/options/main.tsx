import { render } from 'preact';
import { mountPage } from '@/components/mountPage';
import { OptionsApp } from '@/components/options/OptionsApp';
import './options.css';

render(<OptionsApp />, mountPage('optionsTitle'));
