import Schedule from './Schedule';
export default function App() {
  return (
    <div className="App">
      <h1>CIS 7000: Large Language Models</h1>
      <p>Mon/Wed 10:15&ndash;11:45, Towne 100. Discussion on <a href="https://edstem.org/us/courses/71234">Ed</a>.</p>
      <Schedule />
    </div>
  );
}
